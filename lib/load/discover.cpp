#include "load/discover.h"

#include <algorithm>
#include <set>
#include <system_error>
#include <utility>

#include "i18n/messages.h"
#include "load/git_ignore.h"
#include "util/glob.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

bool is_theme_name(const fs::path& p) {
    const auto ext = p.extension();
    return (ext == ".yaml" || ext == ".yml") && p.filename() != "reltheme.yaml";
}

bool ignored(const fs::path& p, const ProjectConfig& config) {
    if (config.ignore.empty()) return false;
    const std::string rel = project_relative(p, config);
    return std::any_of(config.ignore.begin(), config.ignore.end(),
                       [&](const std::string& g) { return glob_match(g, rel); });
}

/// How a path is shown in messages: relative to the working folder when it
/// lies below it, else as it is.
std::string display_of(const fs::path& p) {
    std::error_code ec;
    if (p.is_absolute()) {
        // Lexically: a theme that is a link is shown where it sits.
        const fs::path rel = p.lexically_normal().lexically_relative(fs::current_path(ec));
        if (!ec && !rel.empty() && *rel.begin() != "..") return rel.generic_string();
    }
    std::string s = p.generic_string();
    if (s.starts_with("./")) s.erase(0, 2);
    return s;
}

/// Where a theme file that is a symbolic link leads when that is outside its
/// repository root (`repository_root`); empty for a file that is no link or
/// leads inside.
std::string link_out_of_repository(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_symlink(p, ec)) return {};
    const fs::path real = fs::weakly_canonical(p, ec);
    if (ec) return {};  // a broken link: reading it reports the error
    const fs::path root = fs::weakly_canonical(repository_root(p), ec);
    const fs::path rel = real.lexically_relative(root);
    if (!ec && !rel.empty() && *rel.begin() != "..") return {};
    return real.string();
}

/// A theme file that is a link leading out of its repository (a committed
/// `themes/x.yaml -> /etc/...`) is never read: an error instead.
void refuse_links_out(Discovery& out) {
    std::erase_if(out.files, [&](const InputPath& f) {
        if (f.is_stdin) return false;
        const std::string target = link_out_of_repository(f.path);
        if (target.empty()) return false;
        out.errors.push_back({FailureReason::OutsideRepository, f.display,
                              i18n::message("discover.link-out", fmt::arg("file", f.display),
                                            fmt::arg("target", target))});
        return true;
    });
}

RunFailure unreadable_folder(const fs::path& dir, const std::error_code& ec) {
    const std::string shown = display_of(dir);
    return {FailureReason::UnreadableFolder, shown,
            i18n::message("discover.unreadable-folder", fmt::arg("folder", shown),
                          fmt::arg("error", ec.message()))};
}

/// A path named on the command line that is not there: a dangling symbolic
/// link says where it points.
RunFailure missing_path(const std::string& arg) {
    const fs::path p(arg);
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(p, ec))) {
        const fs::path target = fs::read_symlink(p, ec);
        if (!ec) {
            return {FailureReason::MissingPath, arg,
                    i18n::message("discover.dangling-link", fmt::arg("file", arg),
                                  fmt::arg("target", target.string()))};
        }
    }
    return {FailureReason::MissingPath, arg,
            i18n::message("discover.missing-path", fmt::arg("file", arg))};
}

void walk(const fs::path& dir, const ProjectConfig& config, Discovery& out) {
    const WalkIgnore git(dir, config.gitignore);
    std::error_code ec;
    std::set<fs::path> visited;  // canonical folders, against symlink loops
    std::vector<fs::path> stack{dir};
    std::vector<fs::path> found;
    while (!stack.empty()) {
        const fs::path current = stack.back();
        stack.pop_back();
        const fs::path canonical = fs::weakly_canonical(current, ec);
        if (ec || !visited.insert(canonical).second) continue;
        // An unreadable folder is an error, never silently skipped.
        fs::directory_iterator it(current, ec);
        if (ec) {
            out.errors.push_back(unreadable_folder(current, ec));
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            if (name.starts_with(".")) continue;
            std::error_code e2;
            // A link to a folder is not followed: `themes/root -> /` would
            // read the whole machine.
            if (it->is_symlink(e2) && it->is_directory(e2)) continue;
            if (it->is_directory(e2)) {
                if (!ignored(p, config) && !git.skips(p, true)) stack.push_back(p);
            } else if (is_theme_name(p) && !ignored(p, config) && !git.skips(p, false)) {
                found.push_back(p);  // a broken link too: reading it reports the error
            }
        }
        if (ec) out.errors.push_back(unreadable_folder(current, ec));
    }
    std::sort(found.begin(), found.end());
    for (const auto& p : found) out.files.push_back({display_of(p), p, false});
}

bool matches_themes(const fs::path& p, const ProjectConfig& config) {
    const std::string rel = project_relative(p, config);
    // A file outside the project file's folder is no theme of that project.
    if (!config.file.empty() && (rel == ".." || rel.starts_with("../"))) return false;
    if (config.themes.empty()) return true;
    return std::any_of(config.themes.begin(), config.themes.end(),
                       [&](const std::string& g) { return glob_match(g, rel); });
}

void expand_globs(const ProjectConfig& config, Discovery& out) {
    Discovery all;
    walk(config.root.empty() ? fs::path(".") : config.root, config, all);
    for (const auto& f : all.files) {
        const std::string rel = project_relative(f.path, config);
        if (std::any_of(config.themes.begin(), config.themes.end(),
                        [&](const std::string& g) { return glob_match(g, rel); })) {
            out.files.push_back(f);
        }
    }
    out.errors.insert(out.errors.end(), all.errors.begin(), all.errors.end());
}

}  // namespace

Discovery discover_inputs(const std::vector<std::string>& args, const ProjectConfig& config,
                          const std::string& stdin_name, bool force_exclude) {
    Discovery out;
    if (args.empty()) {
        if (!config.themes.empty())
            expand_globs(config, out);
        else
            walk(".", config, out);
        refuse_links_out(out);
        return out;
    }
    for (const auto& arg : args) {
        if (arg == "-") {
            out.files.push_back({stdin_name.empty() ? "<stdin>" : stdin_name, {}, true});
            continue;
        }
        const fs::path p(arg);
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            out.errors.push_back(missing_path(arg));
        } else if (fs::is_directory(status)) {
            walk(p, config, out);
        } else if (!force_exclude ||
                   (is_theme_name(p) && matches_themes(p, config) && !ignored(p, config))) {
            out.files.push_back(
                {display_of(p), p, false});  // named explicitly: read whatever its name
        } else {
            ++out.excluded;
        }
    }
    // The same file named twice is read once; so is standard input (`lint - -`
    // would otherwise read it, then find it empty).
    std::set<std::string> seen;
    bool stdin_seen = false;
    std::erase_if(out.files, [&](const InputPath& f) {
        if (f.is_stdin) return std::exchange(stdin_seen, true);
        return !seen.insert(f.display).second;
    });
    refuse_links_out(out);
    return out;
}

std::optional<RunFailure> nothing_found(const Discovery& discovery,
                                        const std::vector<std::string>& args,
                                        const ProjectConfig& config) {
    if (!discovery.files.empty() || !discovery.errors.empty() || discovery.excluded > 0)
        return std::nullopt;
    const auto join = [](const std::vector<std::string>& items) {
        std::string out;
        for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
        return out;
    };
    if (args.empty() && !config.themes.empty()) {
        const std::string globs = join(config.themes);
        const std::string project =
            config.file.empty() ? std::string("reltheme.yaml") : display_of(config.file);
        return RunFailure{FailureReason::NoFiles, globs,
                          i18n::message("discover.no-glob-match", fmt::arg("project", project),
                                        fmt::arg("globs", globs))};
    }
    const std::string where = args.empty() ? std::string(".") : join(args);
    return RunFailure{FailureReason::NoFiles, where,
                      i18n::message("cli.no-theme-files", fmt::arg("where", where))};
}

}  // namespace reltheme
