#pragma once
/// The files a `render` run produces from themes that passed the checks: one
/// theme's handbook or graph, a site of handbooks with its index, a document
/// preview filled from a sample deal; and writing them without replacing any
/// file the run read. Everything is built in memory first, so nothing is
/// written when any part fails. What goes wrong is told to a `RenderLog` as
/// it happens (the CLI prints it to standard error).
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "load/discover.h"
#include "model/theme.h"
#include "render/format.h"
#include "render/language.h"
#include "util/diagnostic.h"
#include "util/source.h"

namespace reltheme::render {

/// A theme that passed the checks, with where it was read from.
struct RenderTheme {
    InputPath input;
    Theme theme;
};

/// One output of the run: a file, or standard output when `path` is empty.
struct RenderedFile {
    std::filesystem::path path;
    std::string content;
};

/// Where a run tells what goes wrong, in order, and the files it read (so no
/// output replaces one of them). The default methods collect the messages in
/// `messages` ("error: ...", "warning: ...", "file:line:col: message").
class RenderLog {
  public:
    virtual ~RenderLog() = default;
    /// Something that stops the run.
    virtual void error(const std::string& message);
    /// Something the output lacks; the run goes on.
    virtual void warning(const std::string& message);
    /// A finding in a file the run read (the sample deal).
    virtual void diagnostic(const Diagnostic& d, const SourceText& source);

    void read(const std::filesystem::path& file) { inputs.push_back(file); }

    std::vector<std::filesystem::path> inputs;
    std::vector<std::string> messages;
};

/// The language of the labels: `--lang` when given ("en", "ru"), else the theme's.
Lang label_lang(const std::string& lang_option, const Theme& theme);

/// The file name of a theme's page in a site, without extension: its id
/// ("index" becomes "theme-index", which the site's index needs).
std::string page_name(const Theme& theme);

/// The format a run writes and whether `-o` names a folder.
struct FormatChoice {
    std::optional<Format> format;  ///< none: the default of what is rendered
    bool output_is_folder = false;
};

/// The format from `--to`, else from the extension of the `-o` file (a
/// folder, a trailing `/` or a name without extension leave it to the
/// default); nullopt after an error when the extension names no format.
std::optional<FormatChoice> choose_format(const std::string& to, const std::string& output,
                                          RenderLog& log);

/// One theme in one format (`back_href`: the link back to a site's index,
/// empty for none); nullopt after an error. Reads the theme's instruction
/// file for a handbook.
std::optional<std::string> render_theme(const RenderTheme& theme, Format format, Lang lang,
                                        const std::string& back_href, RenderLog& log);

/// One theme to standard output, to the file `output`, or into the folder
/// `output` under its page name (default format Markdown).
std::optional<RenderedFile> render_single(const RenderTheme& theme, const FormatChoice& choice,
                                          const std::string& lang_option, const std::string& output,
                                          RenderLog& log);

/// A site: one page per theme in `dir` and, for Markdown and HTML, an index
/// page linking them (in Russian when any theme is, unless `--lang` says);
/// default format HTML. False after an error.
bool render_site(const std::vector<RenderTheme>& themes, std::optional<Format> format,
                 const std::string& lang_option, const std::filesystem::path& dir, RenderLog& log,
                 std::vector<RenderedFile>& files);

/// What a document preview is asked for (`render --document ID [--data FILE]`).
struct PreviewRequest {
    std::string document;  ///< the document's id
    std::string data;      ///< the sample deal file; empty for none
    std::string lang;      ///< `--lang`; empty for the theme's
    std::string output;    ///< the file to write; empty for standard output
    bool quiet = false;    ///< no warnings about unfilled placeholders
};

/// A document's template and email filled from the sample deal, in Markdown
/// (default) or HTML; nullopt after an error (an unknown document, with a
/// did-you-mean; a file that cannot be read; a deal with findings or a stage
/// the theme lacks; a text that fills in past the limits).
std::optional<RenderedFile> render_preview(const PreviewRequest& request, const RenderTheme& theme,
                                           std::optional<Format> format, RenderLog& log);

/// Writes the files (standard output's to `out`) after refusing any that is
/// a file the run read, creating `folder` first when it is not empty; the
/// count of files written, or nullopt after an error.
std::optional<int> write_outputs(const std::vector<RenderedFile>& files,
                                 const std::filesystem::path& folder, RenderLog& log,
                                 std::ostream& out);

}  // namespace reltheme::render
