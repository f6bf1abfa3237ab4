#pragma once
/// A document as the server last checked it, and the conversion between
/// the positions of findings and of the model (a 1-based line and a column
/// in characters, util/source.h) and LSP's (lsp/document.h).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/project.h"
#include "lsp/document.h"
#include "lsp/jsonrpc.h"
#include "model/theme.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme::lsp {

struct Analysis {
    std::string display;  ///< as findings name it: the path on disk, or the URI
    std::size_t bom = 0;  ///< bytes of a byte order mark the check did not see
    SourceText source;    ///< the text checked (without the mark)
    std::optional<Theme> theme;
    /// A file themes name (a template, an instruction file: no `.yaml` or
    /// `.yml` name), not a theme: it gets the findings of the theme that
    /// names it and no language features.
    bool named_file = false;
    /// A scenario or model file: its findings are `simulate`'s, and it has
    /// no language features.
    bool simulation_file = false;
    /// A scenario file's theme as it last loaded, for completion of the
    /// stage and outcome ids the scenario writes.
    std::optional<Theme> scenario_theme;
    /// Its file, as the scenario names it.
    std::string scenario_theme_file;
    /// While `theme` is none (the text does not load): the theme of the last
    /// version that loaded, for completion as the text is typed.
    std::optional<Theme> last_loaded;
    /// The project's registry of scripts and approvers, when its file has one.
    std::optional<Registry> registry;
    /// The findings in this document, and the LSP diagnostic each became.
    std::vector<Diagnostic> diagnostics;
    std::vector<Json> published;
    /// Other files findings of this document were published for (a
    /// template, the project file), to clear when they are gone.
    std::set<std::string> other_uris;
};

/// A document and its analysis, which must be of the same text.
class View {
  public:
    View(const TextDocument& doc, const Analysis& analysis, PositionEncoding encoding)
        : m_doc(doc), m_analysis(analysis), m_encoding(encoding) {}

    const TextDocument& doc() const { return m_doc; }
    const Analysis& analysis() const { return m_analysis; }
    const SourceText& source() const { return m_analysis.source; }
    const Theme* theme() const { return m_analysis.theme ? &*m_analysis.theme : nullptr; }
    /// The theme, else the last version of it that loaded; null when none has.
    const Theme* last_loaded() const {
        if (m_analysis.theme) return &*m_analysis.theme;
        return m_analysis.last_loaded ? &*m_analysis.last_loaded : nullptr;
    }
    PositionEncoding encoding() const { return m_encoding; }

    /// A finding's range in LSP's terms (an unset range is the start).
    TextRange to_lsp(const Range& r) const;
    TextPosition to_lsp(const Position& p) const;
    /// LSP's position as a finding's (clamped to the text).
    Position from_lsp(TextPosition p) const;
    /// The byte offset in source() of LSP's position.
    std::size_t offset_of(TextPosition p) const;

  private:
    const TextDocument& m_doc;
    const Analysis& m_analysis;
    PositionEncoding m_encoding;
};

}  // namespace reltheme::lsp
