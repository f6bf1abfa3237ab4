#!/usr/bin/env bash
# Invisible characters that change how text reads — a right-to-left override
# (U+202E), an isolate (U+2066), a zero-width space (U+200B) — and the
# noncharacters U+FFFE, U+FFFF never reach a report raw: in messages, code
# frames and file names (a file named with U+202E) they are escaped as
# control characters are, in the human and the GitHub reports; the JUnit
# report stays well-formed XML; and the Markdown diff (a pull-request
# comment) keeps @mentions and bare links inert. Whole outputs are compared.
set -u
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
export NO_COLOR=1 SOURCE_DATE_EPOCH=1700000000
same() {  # label, expected text, actual text
  [ "$2" = "$3" ] || { fail "$1 differs:"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3"); }
}

# A theme whose file name holds U+202E ("evil<RLO>gpj.yaml" shows as
# "eviljpg.yaml" raw) and whose stage id holds U+2066 and U+200B.
name=$(printf 'evil\u202egpj.yaml')
printf 'reltheme: 1\nid: bidi\nname: N\ntype: sales\ndescription: d\ninstruction: i\nstages:\n  - id: a\n    name: A\n    deadline: 1d\n    instruction: i\n    next: [b\u2066x\u200b]\n' > "$name"
message='"b\u2066x\u200b" is not a valid id: use lower-case latin letters, digits, '"'-'"' and '"'_'"', starting with a letter, at most 64 characters'
frame='   |
12 |     next: [b\u2066x\u200b]
   |            ^~~~~~~~~~~~~~'

out=$("$bin" validate "$name" 2>&1); code=$?
[ "$code" = 1 ] || fail "human: exit $code"
same "human report" "evil\\u202egpj.yaml:12:12: error[schema]: $message
$frame
1 error, 0 warnings in 1 file" "$out"

out=$("$bin" validate --format github "$name" 2>&1 | sed -E 's/[0-9a-f]{32}/TOKEN/g')
same "github report" "::error file=evil\\u202egpj.yaml,line=12,col=12,endLine=12,endColumn=16,title=schema::$message
::group::reltheme validate: full report
::stop-commands::TOKEN
evil\\u202egpj.yaml:12:12: error[schema]: $message
$frame
1 error, 0 warnings in 1 file
::TOKEN::
::endgroup::
reltheme validate: 1 error, 0 warnings in 1 file" "$out"
LC_ALL=C grep -q $'\xe2\x80\xae\|\xe2\x81\xa6\|\xe2\x80\x8b' <<<"$out" && fail "github: a raw invisible character"

# U+FFFF and U+FFFE in JUnit: escaped, so the XML is well-formed.
printf 'reltheme: 1\nid: nonchar\nname: N\ntype: sales\ndescription: d\ninstruction: i\nstages:\n  - id: a\n    name: A\n    deadline: 1d\n    instruction: i\n    next: [b\uffffx\ufffe]\n' > nc.yaml
"$bin" validate --format junit nc.yaml > nc.xml
nc_message='nc.yaml:12:12: error[schema]: &quot;b\uffffx\ufffe&quot; is not a valid id: use lower-case latin letters, digits, &#39;-&#39; and &#39;_&#39;, starting with a letter, at most 64 characters'
same "junit report" "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<testsuites>
  <testsuite name=\"reltheme validate\" package=\"reltheme\" id=\"0\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\" timestamp=\"2023-11-14T22:13:20\" hostname=\"localhost\">
    <properties/>
    <testcase name=\"schema at 12:12\" classname=\"nc.yaml\" time=\"0\">
      <failure type=\"schema\" message=\"$nc_message\">$nc_message
   |
12 |     next: [b\\uffffx\\ufffe]
   |            ^~~~~~~~~~~~~~
</failure>
    </testcase>
    <system-out/>
    <system-err/>
  </testsuite>
</testsuites>" "$(cat nc.xml)"
if command -v xmllint >/dev/null; then
  xmllint --noout nc.xml 2> xml.log || { fail "xmllint refuses the JUnit report:"; cat xml.log; }
fi

# The Markdown diff: @mentions and links in names stay text.
printf 'reltheme: 1\nid: m\nname: M\ntype: sales\ndescription: d\ninstruction: i\nstages:\n  - id: a\n    name: A\n    deadline: 1d\n    instruction: i\n    next: [b]\n  - id: b\n    name: B\n    deadline: 1d\n    instruction: i\n' > old.yaml
sed 's|name: B$|name: "@team see https://evil.example and www.evil.example"|; s|^name: M$|name: "M @admins"|' old.yaml > new.yaml
out=$("$bin" diff --format markdown old.yaml new.yaml 2>&1); code=$?
[ "$code" = 0 ] || fail "markdown: exit $code"
same "markdown diff" '## reltheme diff: no breaking changes

Comparing `old.yaml` with `new.yaml`: 1 of 1 theme changed; 0 breaking changes, 0 warnings, 2 info.

| Theme | File | Status | Breaking | Warnings | Info |
|---|---|---|--:|--:|--:|
| `m` M @&#8203;admins | `old.yaml -> new.yaml` | changed | 0 | 0 | 2 |

<details>
<summary>2 other changes</summary>

| Theme | Kind | Change | Where |
|---|---|---|---|
| `m` | `theme-renamed` | theme renamed from "M" to "M @&#8203;admins" | `new.yaml:3` |
| `m` | `stage-renamed` | stage "b" renamed from "B" to "@&#8203;team see https:&#8203;//evil.example and www&#8203;.evil.example" | `new.yaml:14` |

</details>

<sub>`reltheme explain KIND` describes each change kind.</sub>' "$out"

[ "$status" = 0 ] && echo "invisible characters, noncharacters, mentions and links stay inert"
exit $status
