#include "load/theme_files.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/project.h"
#include "util/excerpt.h"
#include "util/utf8.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

/// True when `p` is `root` or below it; both absolute and normalized.
bool is_within(const fs::path& p, const fs::path& root) {
    const fs::path rel = p.lexically_relative(root);
    if (rel.empty()) return false;
    const auto first = rel.begin();
    return first == rel.end() || *first != "..";
}

/// An absolute, lexically normal path without a trailing separator.
fs::path clean(const fs::path& p) {
    fs::path n = p.lexically_normal();
    if (!n.has_filename() && n.has_parent_path() && n != n.root_path()) n = n.parent_path();
    return n;
}

std::string describe_type(fs::file_type t) {
    switch (t) {
        case fs::file_type::directory:
            return i18n::message("file-type.folder");
        case fs::file_type::fifo:
            return i18n::message("file-type.fifo");
        case fs::file_type::socket:
            return i18n::message("file-type.socket");
        case fs::file_type::block:
        case fs::file_type::character:
            return i18n::message("file-type.device");
        default:
            return i18n::message("file-type.other");
    }
}

/// The first folder of `rel` (a path below the root) that is private, if any.
std::string private_folder_in(const fs::path& rel) {
    for (const auto& part : rel) {
        if (is_private_folder_name(part.string())) return part.string();
    }
    return {};
}

bool is_stdin_name(const std::string& name) {
    return name.empty() || name == "<stdin>" || name == "-";
}

}  // namespace

std::vector<FileReference> file_references(const Theme& theme) {
    std::vector<FileReference> out;
    for (const auto& d : theme.documents) {
        if (d.template_path) {
            out.push_back({&*d.template_path,
                           i18n::subject("subject.template-of", fmt::arg("id", d.id.value))});
        }
        if (d.email && d.email->body) {
            out.push_back({&*d.email->body,
                           i18n::subject("subject.email-body-of", fmt::arg("id", d.id.value))});
        }
    }
    if (theme.instruction_file)
        out.push_back({&*theme.instruction_file, i18n::subject("subject.theme-instruction-file")});
    return out;
}

bool may_name_files(std::string_view text) {
    static constexpr std::string_view k_words[] = {"template", "body", "instruction_file", "\\"};
    for (const auto word : k_words) {
        if (text.find(word) != std::string_view::npos) return true;
    }
    return false;
}

bool is_private_folder_name(std::string_view name) {
    return name == ".git" || name == ".hg" || name == ".svn" || name == ".reltheme-cache";
}

ThemePlace place_of_theme(const std::string& display, const fs::path& path, bool is_stdin) {
    std::error_code ec;
    ThemePlace place;
    place.file = display;
    if (is_stdin) {
        place.repo_root = fs::current_path(ec);
        return place;
    }
    place.dir = fs::absolute(path, ec).parent_path();
    place.repo_root = repository_root(path);
    return place;
}

fs::path base_folder(const ThemePlace& place) {
    std::error_code ec;
    if (!place.dir.empty()) return place.dir;
    const fs::path cwd = fs::current_path(ec);
    if (is_stdin_name(place.file)) return cwd;
    return clean(fs::absolute(fs::path(place.file), ec).parent_path());
}

ResolvedPath resolve_theme_path(const ThemePlace& place, const std::string& written) {
    ResolvedPath r;
    const fs::path rel(written);
    const std::string& theme_file = place.file;
    const bool stdin_theme = theme_file == "<stdin>" || theme_file == "-";
    const fs::path shown_dir = stdin_theme ? fs::path() : fs::path(theme_file).parent_path();
    r.display = clean(shown_dir / rel).generic_string();
    if (written.empty()) {
        r.status = PathStatus::Empty;
        return r;
    }
    if (rel.is_absolute() || rel.has_root_name() || rel.has_root_directory()) {
        r.status = PathStatus::Absolute;
        r.display = written;
        return r;
    }
    std::error_code ec;
    const fs::path base = base_folder(place);
    const fs::path lexical = clean(fs::absolute(base / rel, ec));
    const fs::path root_lexical =
        clean(fs::absolute(place.repo_root.empty() ? base : place.repo_root, ec));
    r.file = lexical;
    // 1. Written path leaves the root, before any link is followed.
    if (!is_within(lexical, root_lexical)) {
        r.status = PathStatus::OutsideRoot;
        return r;
    }
    // 2. Links followed: both sides resolved, so a root reached through a
    //    link itself (/tmp -> /private/tmp) still compares equal.
    const fs::path real_root = clean(fs::weakly_canonical(root_lexical, ec));
    if (ec) return r;
    const fs::path real = clean(fs::weakly_canonical(lexical, ec));
    if (ec) return r;
    if (!is_within(real, real_root)) {
        r.status = PathStatus::SymlinkEscape;
        r.detail = real.string();
        return r;
    }
    // 3. Never version-control internals, as written or as resolved.
    for (const std::string& inside : {private_folder_in(lexical.lexically_relative(root_lexical)),
                                      private_folder_in(real.lexically_relative(real_root))}) {
        if (!inside.empty()) {
            r.status = PathStatus::VcsInternal;
            r.detail = inside;
            return r;
        }
    }
    // 4. What is there.
    const fs::file_status st = fs::status(lexical, ec);
    if (ec || st.type() == fs::file_type::not_found) {
        r.status = PathStatus::Missing;
        return r;
    }
    if (st.type() != fs::file_type::regular) {
        r.status = PathStatus::NotRegular;
        r.detail = describe_type(st.type());
        return r;
    }
    r.status = PathStatus::Ok;
    return r;
}

std::string describe_status(const ResolvedPath& r) {
    switch (r.status) {
        case PathStatus::Ok:
            return {};
        case PathStatus::Empty:
            return i18n::message("path-status.empty");
        case PathStatus::Absolute:
            return i18n::message("path-status.absolute");
        case PathStatus::OutsideRoot:
            return i18n::message("path-status.outside");
        case PathStatus::SymlinkEscape:
            return i18n::message("path-status.symlink", fmt::arg("target", r.detail));
        case PathStatus::VcsInternal:
            return i18n::message("path-status.vcs", fmt::arg("folder", r.detail));
        case PathStatus::Missing:
            return i18n::message("path-status.missing");
        case PathStatus::NotRegular:
            return r.detail;
    }
    return {};
}

std::optional<std::string> escape_message(const ResolvedPath& r, std::string_view written,
                                          const i18n::Subject& what,
                                          const std::optional<i18n::Subject>& named_in) {
    const std::string shown = excerpt(written);
    const auto path = fmt::arg("path", shown);
    const auto key = fmt::arg("what", what.nominative);
    switch (r.status) {
        case PathStatus::Absolute: {
            const i18n::Subject in = named_in ? *named_in : i18n::subject("subject.theme-file-the");
            return i18n::message("path-escape.absolute", path, key,
                                 fmt::arg("named_in", in.genitive));
        }
        case PathStatus::OutsideRoot:
            return i18n::message("path-escape.outside", path, key);
        case PathStatus::SymlinkEscape:
            return i18n::message("path-escape.symlink", path, key,
                                 fmt::arg("target", printable(r.detail)));
        case PathStatus::VcsInternal:
            return i18n::message("path-escape.vcs", path, key, fmt::arg("folder", r.detail));
        default:
            return std::nullopt;
    }
}

std::optional<std::string> read_text_file(const fs::path& file, std::size_t max_bytes) {
    std::string error;
    auto text = read_file(file, max_bytes, error);
    if (!text) return std::nullopt;
    if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
    if (text->find('\0') != std::string::npos || utf8_first_invalid(*text)) return std::nullopt;
    return text;
}

std::optional<std::string> read_theme_file(const ThemePlace& place, const std::string& written,
                                           std::size_t max_bytes, std::string& error,
                                           fs::path* resolved) {
    const ResolvedPath r = resolve_theme_path(place, written);
    if (r.status != PathStatus::Ok) {
        error = describe_status(r);
        return std::nullopt;
    }
    if (resolved) *resolved = r.file;
    auto text = read_file(r.file, max_bytes, error);
    if (text && text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
    return text;
}

}  // namespace reltheme
