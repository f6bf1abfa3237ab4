#include "diff/sides.h"

#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <system_error>
#include <unordered_map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/discover.h"
#include "load/theme_files.h"
#include "load/theme_loader.h"
#include "load/yaml_doc.h"
#include "util/file.h"
#include "util/glob.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

bool is_theme_name(std::string_view path) {
    const auto slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (name == "reltheme.yaml") return false;
    return name.ends_with(".yaml") || name.ends_with(".yml");
}

bool has_hidden_segment(std::string_view rel) {
    std::size_t start = 0;
    while (start <= rel.size()) {
        const auto slash = rel.find('/', start);
        const std::string_view seg =
            rel.substr(start, slash == std::string_view::npos ? slash : slash - start);
        if (seg.starts_with(".") && seg != "." && seg != "..") return true;
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return false;
}

/// `base/rel` for `/`-separated repository paths, "" meaning the root.
std::string join(const std::string& base, const std::string& rel) {
    return base.empty() ? rel : base + "/" + rel;
}

/// `path` relative to `base` when it lies inside it.
std::optional<std::string> relative_inside(const std::string& path, const std::string& base) {
    if (base.empty()) return path;
    if (path == base) return std::string();
    if (path.size() > base.size() && path.starts_with(base) && path[base.size()] == '/') {
        return path.substr(base.size() + 1);
    }
    return std::nullopt;
}

/// Canonical paths with each folder resolved once: the files of a working
/// tree share a few folders, and resolving every path in full costs a
/// `readlink` per component of each. A file is resolved itself only when it
/// is a symbolic link.
class Resolver {
  public:
    /// `p` made absolute and canonical; empty when it cannot be.
    fs::path operator()(const fs::path& p) {
        std::error_code ec;
        const fs::path abs = fs::absolute(p, ec);
        if (ec) return {};
        const fs::path name = abs.filename();
        if (name.empty() || name == "." || name == ".." || fs::is_symlink(abs, ec)) {
            const fs::path real = fs::weakly_canonical(abs, ec);
            return ec ? fs::path() : real;
        }
        auto [it, fresh] = m_folders.try_emplace(abs.parent_path().native());
        if (fresh) {
            it->second = fs::weakly_canonical(abs.parent_path(), ec);
            if (ec) it->second.clear();
        }
        return it->second.empty() ? fs::path() : it->second / name;
    }

  private:
    std::unordered_map<std::string, fs::path> m_folders;
};

/// A canonical path relative to the repository root, `/`-separated; nullopt
/// when outside it.
std::optional<std::string> repo_relative(const fs::path& p, const fs::path& workdir,
                                         Resolver& resolve) {
    return path_in_tree(resolve(p), workdir);
}

std::optional<std::string> repo_relative(const fs::path& p, const fs::path& workdir) {
    Resolver resolve;
    return repo_relative(p, workdir, resolve);
}

/// A relative path of plain segments: nothing written from a revision can
/// land outside the temporary folder, whatever the repository holds.
bool safe_relative(std::string_view path) {
    if (path.empty() || path.front() == '/') return false;
    std::size_t start = 0;
    while (true) {
        const auto slash = path.find('/', start);
        const std::string_view seg =
            path.substr(start, slash == std::string_view::npos ? slash : slash - start);
        if (seg.empty() || seg == "." || seg == "..") return false;
        if (slash == std::string_view::npos) return true;
        start = slash + 1;
    }
}

bool write_file(const fs::path& path, const std::string& content) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return false;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return static_cast<bool>(out);
}

bool write_sparse_file(const fs::path& path, std::uintmax_t size) {
    if (!write_file(path, {})) return false;
    std::error_code ec;
    fs::resize_file(path, size, ec);
    return !ec;
}

/// Whether a command-line path names anything in a revision.
bool names_something(const std::string& arg, const GitTree& tree, const fs::path& workdir) {
    std::vector<std::string> errors;
    const Selection s = make_selection({arg}, ProjectConfig{}, workdir, errors);
    if (s.prefixes.empty()) return false;
    const std::string& prefix = s.prefixes.front();
    for (const auto& f : tree.files()) {
        if (prefix.empty() || f == prefix || f.starts_with(prefix + "/")) return true;
    }
    return false;
}

/// The project file that governs a folder or file given as OLD or NEW: the
/// nearest `reltheme.yaml` above it, else `fallback`. A file read is added
/// to `read`; nullopt when it cannot be used.
std::optional<ProjectConfig> project_for(const std::string& arg, const ProjectConfig& fallback,
                                         bool explicit_config, const RuleIds& rule_ids,
                                         std::vector<ProjectFile>& read) {
    if (explicit_config || arg == "-") return fallback;
    std::error_code ec;
    fs::path start = fs::absolute(arg, ec);
    if (!fs::is_directory(start, ec)) start = start.parent_path();
    const auto file = find_project_file(start);
    std::optional<ProjectConfig> config;
    if (!file) {
        config.emplace();
    } else if (!fallback.file.empty() && fs::equivalent(*file, fallback.file, ec)) {
        return fallback;
    } else {
        read.push_back(load_project_file(*file, rule_ids));
        config = read.back().config;
    }
    if (config) config->gitignore = fallback.gitignore;
    return config;
}

}  // namespace

TempFolder::TempFolder() {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    std::string pattern = ((ec ? fs::path("/tmp") : base) / "reltheme-diff-XXXXXX").string();
    if (::mkdtemp(pattern.data())) m_path = pattern;
}

TempFolder::~TempFolder() {
    if (m_path.empty()) return;
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

SideSource side_from_path(const std::string& arg, const ProjectConfig& config,
                          const std::string& stdin_name) {
    SideSource out;
    out.side.label = arg == "-" ? (stdin_name.empty() ? "<stdin>" : stdin_name) : arg;
    out.side.config = config;
    const Discovery found = discover_inputs({arg}, config, stdin_name);
    out.failures.insert(out.failures.end(), found.errors.begin(), found.errors.end());
    std::error_code ec;
    const bool folder = arg != "-" && fs::is_directory(arg, ec);
    for (const auto& input : found.files) {
        DiffFile f;
        f.input = input;
        f.plain = input.display;
        if (folder) {
            f.key = input.path.lexically_relative(arg).generic_string();
        } else {
            f.key = input.is_stdin ? fs::path(input.display).filename().string()
                                   : input.path.filename().string();
        }
        out.side.files.push_back(std::move(f));
    }
    return out;
}

bool Selection::selects(const std::string& repo_path) const {
    if (!is_theme_name(repo_path)) return false;
    auto ignored = [&](const std::string& path) {
        const auto rel = relative_inside(path, project_root);
        if (!rel) return false;
        return std::any_of(ignore.begin(), ignore.end(),
                           [&](const std::string& g) { return glob_match(g, *rel); });
    };
    if (!prefixes.empty()) {
        for (const auto& prefix : prefixes) {
            if (repo_path == prefix) return true;  // named explicitly: always read
            const auto below = relative_inside(repo_path, prefix);
            if (below && !below->empty() && !has_hidden_segment(*below) && !ignored(repo_path))
                return true;
        }
        return false;
    }
    const auto rel = relative_inside(repo_path, project_root);
    if (!rel || has_hidden_segment(*rel) || ignored(repo_path)) return false;
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return glob_match(g, *rel); });
}

Selection make_selection(const std::vector<std::string>& paths, const ProjectConfig& config,
                         const fs::path& workdir, std::vector<std::string>& errors) {
    Selection s;
    s.ignore = config.ignore;
    if (!config.root.empty() || !config.file.empty()) {
        const fs::path root = config.root.empty() ? fs::current_path() : config.root;
        if (auto rel = repo_relative(root, workdir)) s.project_root = *rel;
    } else if (auto rel = repo_relative(fs::current_path(), workdir)) {
        s.project_root = *rel;
    }
    std::vector<std::string> args = paths;
    if (args.empty()) {
        if (!config.themes.empty()) {
            s.globs = config.themes;
            return s;
        }
        args.push_back(".");
    }
    for (const auto& arg : args) {
        if (auto rel = repo_relative(arg, workdir)) {
            s.prefixes.push_back(*rel);
        } else {
            errors.push_back(arg + ": outside the repository " + workdir.string());
        }
    }
    return s;
}

SideSource side_from_worktree(const std::vector<std::string>& paths, const ProjectConfig& config,
                              const fs::path& workdir) {
    SideSource out;
    out.side.label = "working tree";
    out.side.config = config;
    // Paths gone from the working tree may still name files of the revision.
    std::vector<std::string> existing;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::exists(p, ec)) existing.push_back(p);
    }
    if (!paths.empty() && existing.empty()) return out;
    const Discovery found = discover_inputs(existing, config, {});
    out.failures.insert(out.failures.end(), found.errors.begin(), found.errors.end());
    Resolver resolve;
    std::error_code ec;
    const fs::path here = fs::weakly_canonical(fs::current_path(ec), ec);
    for (const auto& input : found.files) {
        const auto key = repo_relative(input.path, workdir, resolve);
        if (!key) continue;
        DiffFile f{input, *key, *key, std::nullopt};
        // Globs expand from the project folder as absolute paths; show them
        // from the current folder, as paths given on the command line are.
        if (input.path.is_absolute() && !here.empty()) {
            const fs::path rel = resolve(input.path).lexically_relative(here);
            if (!rel.empty()) f.input.display = rel.generic_string();
        }
        out.side.files.push_back(std::move(f));
    }
    return out;
}

SideSource side_from_revision(const GitTree& tree, const Selection& selection,
                              const ProjectConfig& config, const fs::path& workdir,
                              const RuleIds& rule_ids, std::size_t max_theme_bytes) {
    SideSource out;
    out.side.label = tree.revision();
    out.side.config = config;
    out.folder = std::make_unique<TempFolder>();
    const fs::path root = out.folder->path();
    if (root.empty()) {
        out.errors.push_back("cannot create a temporary folder to read " + tree.revision() +
                             " into");
        return out;
    }
    // The revision's root is a repository root for the checks that keep
    // relative paths inside one.
    std::error_code ec;
    fs::create_directory(root / ".git", ec);

    std::set<std::string> written;
    // A file over `max_bytes` is written as a sparse file of its size, so the
    // checks see it as they would in a working tree (over the limit: refused,
    // or checked for existence only) without its object being inflated.
    auto write = [&](const std::string& path, std::size_t max_bytes) {
        if (written.count(path)) return true;
        if (!safe_relative(path)) return false;
        std::string error;
        const auto blob = tree.read(path, max_bytes, error);
        if (!blob) {
            if (!error.empty()) {
                out.errors.push_back("cannot read " + error);
                out.unreadable = true;
            }
            return false;
        }
        const bool ok = blob->content ? write_file(root / path, *blob->content)
                                      : write_sparse_file(root / path, blob->size);
        if (!ok) {
            out.errors.push_back("cannot write " + (root / path).string());
            return false;
        }
        written.insert(path);
        return true;
    };

    // 1. The selected theme files, held in memory: only the files they name
    // are written out.
    for (const auto& path : tree.files()) {
        if (!selection.selects(path) || !safe_relative(path)) continue;
        std::string error;
        auto blob = tree.read(path, max_theme_bytes, error);
        if (!blob) {
            if (!error.empty()) {
                out.errors.push_back("cannot read " + error);
                out.unreadable = true;
            }
            continue;
        }
        DiffFile f;
        f.input = InputPath{tree.revision() + ":" + path, root / path, false};
        f.key = path;
        f.plain = path;
        f.held = HeldFile{std::move(blob->content), blob->size};
        out.side.files.push_back(std::move(f));
    }
    // 2. The project files above them and the files they name.
    std::set<std::string> folders_seen;
    for (const auto& f : out.side.files) {
        for (fs::path dir = fs::path(f.key).parent_path();; dir = dir.parent_path()) {
            if (!folders_seen.insert(dir.generic_string()).second) break;  // and those above
            write(join(dir.generic_string(), "reltheme.yaml"), k_max_referenced_file_bytes);
            if (dir.empty()) break;
        }
        const auto& text = f.held->bytes;
        if (!text || text->size() > k_max_referenced_file_bytes || !may_name_files(*text)) continue;
        DiagnosticSink sink;
        const LoadedTheme loaded = load_theme(SourceText(f.key, strip_bom(*text)), sink);
        if (!loaded.theme) continue;
        for (const auto& ref : file_references(*loaded.theme)) {
            const fs::path p = (fs::path(f.key).parent_path() / ref.path->value).lexically_normal();
            const std::string s = p.generic_string();
            if (p.is_absolute() || s.empty() || s == ".." || s.starts_with("../")) continue;
            write(s, k_max_referenced_file_bytes);
        }
    }
    // 3. The revision's own project file, where the current one lives.
    if (!config.file.empty()) {
        if (const auto rel = repo_relative(config.file, workdir); rel && written.count(*rel)) {
            ProjectFile project =
                load_project_file(root / *rel, rule_ids, tree.revision() + ":" + *rel);
            if (project.config)
                out.side.config = std::move(*project.config);
            else
                out.broken_projects.push_back(std::move(project));
        }
    }
    return out;
}

PathSides sides_from_paths(const std::vector<std::string>& paths, const ProjectConfig& config,
                           bool explicit_config, const std::string& stdin_name,
                           const RuleIds& rule_ids) {
    PathSides sides;
    if (paths.size() != 2) {
        sides.errors.push_back(
            "give OLD and NEW (two files or two folders), or --against REF, or --from REF --to "
            "REF");
        return sides;
    }
    const std::string& a = paths[0];
    const std::string& b = paths[1];
    if (a == "-" && b == "-") {
        sides.errors.push_back("only one of OLD and NEW can be standard input");
        return sides;
    }
    std::error_code ec;
    const bool a_dir = a != "-" && fs::is_directory(a, ec);
    const bool b_dir = b != "-" && fs::is_directory(b, ec);
    // A path that names nothing is the side's missing-path failure, not a
    // file to pair with a folder.
    const auto exists = [](const std::string& p) {
        std::error_code e;
        return p == "-" || fs::symlink_status(p, e).type() != fs::file_type::not_found;
    };
    if (a_dir != b_dir && exists(a) && exists(b)) {
        sides.errors.push_back(
            fmt::format("\"{}\" is a {} but \"{}\" is a {}; compare two files or two folders", a,
                        a_dir ? "folder" : "file", b, b_dir ? "folder" : "file"));
        return sides;
    }
    const auto old_config = project_for(a, config, explicit_config, rule_ids, sides.projects);
    if (!old_config) return sides;
    const auto new_config = project_for(b, config, explicit_config, rule_ids, sides.projects);
    if (!new_config) return sides;
    sides.old_side = side_from_path(a, *old_config, stdin_name);
    sides.new_side = side_from_path(b, *new_config, stdin_name);
    sides.pair_files = !a_dir;
    return sides;
}

GitSides sides_from_git(const GitRevisions& revisions, const std::vector<std::string>& paths,
                        const ProjectConfig& config, const fs::path& start,
                        const RuleIds& rule_ids) {
    GitSides out;
    auto& repo = out.repo;
    const auto fail = [&](const std::string& e) { out.errors.push_back(e); };
    std::string error;
    repo = GitRepository::open(start, error);
    if (!repo) {
        fail("--against, --from and --to need a git repository: " + error);
        return out;
    }
    const bool against = !revisions.against.empty();
    if (against && repo->workdir().empty()) {
        fail(
            "--against compares the working tree, and this repository has none; use --from and "
            "--to");
        return out;
    }
    auto tree = [&](const std::string& rev) -> const GitTree* {
        std::string e;
        bool unreadable = false;
        auto t = repo->tree(rev, e, &unreadable);
        if (!t) {
            fail(fmt::format("{} \"{}\": {}",
                             unreadable ? "cannot read revision" : "unknown revision", rev, e));
            return nullptr;
        }
        out.trees.push_back(std::move(t));
        return out.trees.back().get();
    };
    const GitTree* old_tree = tree(against ? revisions.against : revisions.from);
    if (!old_tree) return out;
    const GitTree* new_tree = nullptr;
    if (!against && !(new_tree = tree(revisions.to))) return out;

    std::vector<std::string> errors;
    const fs::path& workdir = repo->workdir();
    const Selection selection = make_selection(paths, config, workdir, errors);
    // Every path must name something on one side or the other.
    for (const auto& p : paths) {
        std::error_code ec;
        const bool here = against && fs::exists(p, ec);
        if (here || names_something(p, *old_tree, workdir) ||
            (new_tree && names_something(p, *new_tree, workdir))) {
            continue;
        }
        errors.push_back(against ? i18n::message("diff.missing-in-tree-or", fmt::arg("file", p),
                                                 fmt::arg("revision", revisions.against))
                                 : i18n::message("diff.missing-in-revisions", fmt::arg("file", p),
                                                 fmt::arg("from", revisions.from),
                                                 fmt::arg("to", revisions.to)));
    }
    if (!errors.empty()) {
        out.errors = std::move(errors);
        return out;
    }
    const std::size_t max_bytes = YamlLimits::from_environment().max_bytes;
    out.old_side = side_from_revision(*old_tree, selection, config, workdir, rule_ids, max_bytes);
    out.new_side =
        new_tree ? side_from_revision(*new_tree, selection, config, workdir, rule_ids, max_bytes)
                 : side_from_worktree(paths, config, workdir);
    return out;
}

}  // namespace reltheme
