#!/usr/bin/env bash
# `reltheme render` end to end: every sample renders to every format, a folder
# gives a site, outputs never replace inputs, write failures are clear, themes
# with errors are refused, documents preview, standard input works.
#   render_cli.sh BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/lib/scratch.bash"
cp -r "$src/samples" "$work/samples"
cd "$work" || exit 1


# 1. Every sample theme renders to every format, to a file and to stdout.
mkdir -p out
for theme in samples/themes/*.yaml; do
  id=$(basename "$theme" .yaml)
  for to in md html mermaid dot svg; do
    expect 0 "$bin" render "$theme" --to "$to" -o "out/$id.$to"
    [ -s "out/$id.$to" ] || fail "$theme --to $to wrote nothing"
  done
  expect 0 "$bin" render "$theme"
  cmp -s last.out "out/$id.md" || fail "$theme: stdout and -o differ"
  grep -q '^# ' "out/$id.md" || fail "$theme: no title in the Markdown handbook"
  grep -q '<!DOCTYPE html>' "out/$id.html" || fail "$theme: no HTML page"
  grep -q '^flowchart LR$' "out/$id.mermaid" || fail "$theme: no mermaid flowchart"
  grep -q '^digraph "' "out/$id.dot" || fail "$theme: no dot graph"
  grep -q '<svg' "out/$id.svg" || fail "$theme: no SVG"
  if command -v dot > /dev/null; then
    dot -Tsvg "out/$id.dot" > /dev/null 2>&1 || fail "$theme: Graphviz's dot cannot read the dot output"
  fi
done
# Sales handbooks carry their graph: Mermaid in Markdown, inline SVG in HTML.
for id in standard wholesale-prepayment retail-ecommerce b2b-services-tender; do
  grep -q '^```mermaid$' "out/$id.md" || fail "$id.md has no mermaid block"
  grep -q '<figure class="graph">' "out/$id.html" || fail "$id.html has no inline SVG"
done
grep -q '«Стандартная»' out/standard.md || fail "the instruction's {{theme.name}} is not filled"
grep -q '3 рабочих дня' out/standard.md || fail "no deadline in words"
expect 0 "$bin" render samples/themes/standard.yaml --lang en
grep -q '3 business days' last.out || fail "--lang en does not switch the labels"

# 2. The format follows the output's extension.
expect 0 "$bin" render samples/themes/standard.yaml -o out/by-extension.svg
grep -q '<svg' out/by-extension.svg || fail "-o x.svg did not write SVG"
expect 0 "$bin" render samples/themes/standard.yaml -o out/
[ -s out/standard.md ] || fail "-o FOLDER/ did not write FOLDER/standard.md"

# 3. A folder in gives a site out, in any format; a folder without -o is refused.
expect 0 "$bin" render samples/themes -o site
for f in index standard wholesale-prepayment retail-ecommerce b2b-services-tender audit-clients service-support; do
  [ -s "site/$f.html" ] || fail "site/$f.html is missing"
done
grep -q 'href="standard.html"' site/index.html || fail "the index does not link the pages"
grep -q 'href="index.html"' site/standard.html || fail "a page does not link back to the index"
if grep -E -q '(src|href)="(https?:)?//|<link|<script|@import|url\(' site/*.html; then
  fail "the site refers to something outside itself"
fi
expect 0 "$bin" render samples/themes --to md -o site-md
[ -s site-md/index.md ] && [ -s site-md/standard.md ] || fail "the Markdown site is incomplete"
expect 0 "$bin" render samples/themes --to svg -o graphs
[ -s graphs/standard.svg ] || fail "--to svg with a folder wrote no graphs/standard.svg"
expect 2 "$bin" render samples/themes
grep -q 'add -o FOLDER' last.err || fail "no hint to add -o for a folder"

# 4. -o never replaces an input: the theme, its instruction file, the data file.
cp samples/themes/standard.yaml before.yaml
expect 2 "$bin" render samples/themes/standard.yaml --to md -o samples/themes/standard.yaml
cmp -s before.yaml samples/themes/standard.yaml || fail "-o replaced the input theme"
grep -q 'refusing to write' last.err || fail "no clear message when -o names the input"
cp samples/docs/standard.md before.md
expect 2 "$bin" render samples/themes --to md -o samples/docs
cmp -s before.md samples/docs/standard.md || fail "a site replaced an instruction file"
[ ! -e samples/docs/index.md ] || fail "a refused run wrote some files"

# 5. A folder that cannot be written: a clear error and exit 2.
if [ "$(id -u)" != 0 ]; then
  mkdir ro && chmod 555 ro
  expect 2 "$bin" render samples/themes/standard.yaml -o ro/standard.md
  grep -q 'cannot write ro/standard.md: Permission denied' last.err || fail "unclear read-only message: $(cat last.err)"
fi
expect 2 "$bin" render samples/themes/standard.yaml -o /sys/reltheme-render-test.md
grep -q 'cannot write /sys/reltheme-render-test.md' last.err || fail "unclear message for /sys: $(cat last.err)"
expect 2 "$bin" render samples/themes/standard.yaml -o missing-folder/x/standard.md
grep -q 'cannot write missing-folder/x/standard.md: the folder missing-folder/x does not exist' last.err ||
  fail "unclear message for a missing folder: $(cat last.err)"

# 6. A theme with errors is not rendered.
printf 'reltheme: 1\nid: broken\nname: Broken\ntype: sales\nstages: [{id: a, name: A, deadline: 0d}]\n' > broken.yaml
expect 1 "$bin" render broken.yaml -o broken.md
[ ! -e broken.md ] || fail "a theme with errors was rendered"
grep -q 'error\[schema\]' last.err || fail "the errors are not shown"

# 7. Document previews.
cat > deal.yaml << 'DEAL'
reltheme-deal: 1
client:
  name: ООО «Ромашка»
deal:
  manager: Анна Иванова
  deadline: 31.03.2026
fields:
  delivery_date: 20.03.2026
  carrier: СДЭК
DEAL
expect 0 "$bin" render samples/themes/standard.yaml --document offer --data deal.yaml
grep -q 'Коммерческое предложение для ООО «Ромашка»' last.out || fail "the email subject is not filled"
grep -q 'Транспортная компания:\*\* СДЭК' last.out || fail "the template is not filled"
[ ! -s last.err ] || fail "a complete deal file still warns: $(cat last.err)"
expect 0 "$bin" render samples/themes/standard.yaml --document invoice --data deal.yaml --to html -o invoice.html
grep -q '<h1>Предпросмотр документа: Счёт на оплату</h1>' invoice.html || fail "no HTML preview"
expect 0 "$bin" render samples/themes/standard.yaml --document offer
grep -q 'no value for {{client.name}}' last.err || fail "missing values are not reported"
expect 2 "$bin" render samples/themes/standard.yaml --document ofer
grep -q 'did you mean "offer"' last.err || fail "no did-you-mean for a document id"
expect 2 "$bin" render samples/themes/standard.yaml --document offer --data deal.yaml --to md -o deal.yaml
grep -q 'refusing to write' last.err || fail "the preview may replace the data file"
expect 2 "$bin" render samples/themes/standard.yaml --document offer --data deal.yaml -o preview.pdf
[ ! -e preview.pdf ] || fail "a preview was written to a file whose extension names another format"
expect 0 "$bin" render samples/themes/standard.yaml --document offer --data deal.yaml --to md -o preview.txt
grep -q 'Коммерческое предложение для ООО «Ромашка»' preview.txt || fail "--to md -o preview.txt is not Markdown"
expect 2 "$bin" render samples/themes/standard.yaml --document offer --to svg

# 8. Standard input (a theme that names no files: relative paths would start
#    from the working folder).
expect 0 "$bin" render - --to mermaid < "$src/tests/cli/render-dot/small.yaml"
grep -q '^flowchart LR$' last.out || fail "a theme from standard input does not render"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "render: all checks passed"
