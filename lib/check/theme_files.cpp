#include "check/theme_files.h"

#include <sys/stat.h>

#include <cstdio>

#include <fmt/format.h>

#include "util/read_ledger.h"
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

const char* describe_type(fs::file_type t) {
    switch (t) {
        case fs::file_type::directory:
            return "a folder";
        case fs::file_type::fifo:
            return "a named pipe";
        case fs::file_type::socket:
            return "a socket";
        case fs::file_type::block:
        case fs::file_type::character:
            return "a device";
        default:
            return "not a regular file";
    }
}

}  // namespace

std::vector<FileReference> file_references(const Theme& theme) {
    std::vector<FileReference> out;
    for (const auto& d : theme.documents) {
        if (d.template_path) {
            out.push_back(
                {&*d.template_path, fmt::format("template of document \"{}\"", d.id.value)});
        }
        if (d.email && d.email->body) {
            out.push_back(
                {&*d.email->body, fmt::format("email body of document \"{}\"", d.id.value)});
        }
    }
    if (theme.instruction_file)
        out.push_back({&*theme.instruction_file, "instruction file of the theme"});
    return out;
}

fs::path base_folder(const ThemeContext& ctx) {
    std::error_code ec;
    if (!ctx.theme_dir.empty()) return ctx.theme_dir;
    const fs::path cwd = fs::current_path(ec);
    const std::string& name = ctx.theme.file;
    if (name.empty() || name == "<stdin>" || name == "-") return cwd;
    return clean(fs::absolute(fs::path(name), ec).parent_path());
}

ResolvedPath resolve_theme_path(const ThemeContext& ctx, const std::string& written) {
    ResolvedPath r;
    const fs::path rel(written);
    const std::string& theme_file = ctx.theme.file;
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
    const fs::path base = base_folder(ctx);
    const fs::path lexical = clean(fs::absolute(base / rel, ec));
    const fs::path root_lexical =
        clean(fs::absolute(ctx.repo_root.empty() ? base : ctx.repo_root, ec));
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
    // 3. What is there.
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

std::optional<std::string> read_text_file(const fs::path& file, std::size_t max_bytes) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    if (static_cast<std::size_t>(st.st_size) > max_bytes) return std::nullopt;
    record_read(file);
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    const std::size_t n = std::fread(text.data(), 1, text.size(), f);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    text.resize(n);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (text.find('\0') != std::string::npos || utf8_first_invalid(text)) return std::nullopt;
    return text;
}

}  // namespace reltheme
