// instruction-changed: the manager's instruction of the theme (inline or in
// `instruction_file`, compared by content) or of a stage changed.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

/// Where an instruction is written and what it says (nullopt: unreadable file).
struct Instruction {
    Range range;
    std::optional<std::string> file;
    std::optional<std::string> text;
};

std::optional<Instruction> theme_instruction(const ThemeVersion& v) {
    const Theme& t = v.theme;
    if (t.instruction) return Instruction{t.instruction->range, std::nullopt, t.instruction->value};
    if (t.instruction_file) {
        return Instruction{t.instruction_file->range, t.instruction_file->value,
                           diffing::read_relative(v, t.instruction_file->value)};
    }
    return std::nullopt;
}

std::optional<Instruction> stage_instruction(const Stage& s) {
    if (!s.instruction) return std::nullopt;
    return Instruction{s.instruction->range, std::nullopt, s.instruction->value};
}

class InstructionChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "instruction-changed"; }
    std::string_view summary() const override {
        return "The instruction of a theme or a stage changed (text or instruction file content)";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        report(sink, i18n::message("diff.of-theme"), theme_instruction(p.old_version),
               theme_instruction(p.new_version));
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.stages, p.new_version.theme.stages)) {
            if (!m.paired()) continue;
            report(sink,
                   i18n::message("diff.of-stage",
                                 fmt::arg("stage", diffing::quoted(m.new_item->id.value))),
                   stage_instruction(*m.old_item), stage_instruction(*m.new_item));
        }
    }

  private:
    void report(ChangeSink& sink, const std::string& of, const std::optional<Instruction>& before,
                const std::optional<Instruction>& after) const {
        if (!before && !after) return;
        if (!after) {
            sink.add(*this, Side::Old, before->range,
                     i18n::message("instruction-changed.removed", fmt::arg("of", of)));
            return;
        }
        if (!before) {
            sink.add(*this, Side::New, after->range,
                     i18n::message("instruction-changed.added", fmt::arg("of", of)));
            return;
        }
        const bool same_place = before->file == after->file;
        if (before->text && after->text) {
            if (*before->text == *after->text) {
                if (same_place) return;
                sink.add(*this, Side::New, after->range,
                         i18n::message("instruction-changed.moved", fmt::arg("of", of),
                                       fmt::arg("where", where(*after))));
                return;
            }
            const auto counts = diffing::count_line_changes(*before->text, *after->text);
            std::string message = i18n::message("instruction-changed", fmt::arg("of", of),
                                                fmt::arg("counts", diffing::describe(counts)));
            if (!same_place)
                message +=
                    i18n::message("instruction-changed.now", fmt::arg("where", where(*after)));
            sink.add(*this, Side::New, after->range, message);
            return;
        }
        // An instruction file that cannot be read on one side: compare the paths.
        if (same_place) return;
        sink.add(*this, Side::New, after->range,
                 i18n::message("instruction-changed.place", fmt::arg("of", of),
                               fmt::arg("where", where(*after))));
    }

    static std::string where(const Instruction& i) {
        return i.file ? i18n::message("instruction-changed.in-file", fmt::arg("file", *i.file))
                      : i18n::message("instruction-changed.inline");
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_instruction_changed() {
    return std::make_unique<InstructionChanged>();
}

}  // namespace reltheme
