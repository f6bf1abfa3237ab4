// The English catalogue (i18n/messages.h): an id and its text, with named
// parameters; a noun's forms separated by `|` (one|many).
#include "i18n/messages.h"

namespace reltheme::i18n {
namespace {

// clang-format off
constexpr Entry k_entries[] = {
    // Shared phrases.
    {"did-you-mean", "; did you mean \"{suggestion}\"?"},

    // The summary line of a human report.
    {"summary", "{errors}, {warnings}{infos} in {files}"},
    {"summary.infos", ", {infos}"},
    {"summary.run-failed", "; the run failed:"},
    {"summary.baseline", " ({baselined} baselined{unused})"},
    {"summary.unused-baseline", ", {entries}"},
    {"noun.unused-baseline-entry", "unused baseline entry|unused baseline entries"},
    {"noun.error", "error|errors"},
    {"noun.warning", "warning|warnings"},
    {"noun.info", "info|info"},
    {"noun.file-in", "file|files"},
};
// clang-format on

}  // namespace

std::span<const Entry> catalogue_en() {
    return k_entries;
}

}  // namespace reltheme::i18n
