#include "cmd_init.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "common.h"
#include "i18n/messages.h"
#include "init/starter.h"
#include "load/project.h"
#include "util/atomic_write.h"
#include "util/embedded.h"
#include "util/excerpt.h"

namespace reltheme::cli {
namespace fs = std::filesystem;
namespace {

ThemeType type_of(const std::string& s) {
    if (s == "audit") return ThemeType::Audit;
    if (s == "service") return ThemeType::Service;
    return ThemeType::Sales;
}

/// `target` relative to the folder `from`, with `/`.
std::string relative_to(const fs::path& target, const fs::path& from) {
    std::error_code ec;
    const fs::path rel =
        fs::weakly_canonical(target, ec).lexically_relative(fs::weakly_canonical(from, ec));
    return rel.empty() ? target.generic_string() : rel.generic_string();
}

/// The folder a project's first `themes` glob reads (its part before the
/// first wildcard), relative to the working folder; nullopt without one.
std::optional<fs::path> themes_folder(const ProjectConfig& config) {
    if (config.file.empty() || config.themes.empty()) return std::nullopt;
    fs::path prefix;
    for (const auto& part : fs::path(config.themes.front())) {
        if (part.string().find_first_of("*?[{") != std::string::npos) break;
        prefix /= part;
    }
    if (prefix.empty() || prefix.has_extension()) return std::nullopt;
    std::error_code ec;
    const fs::path folder = (config.root / prefix).lexically_normal();
    const fs::path rel = folder.lexically_relative(fs::current_path(ec));
    return rel.empty() ? folder : rel;
}

}  // namespace

int run_init(const InitOptions& o) {
    // 1. What to write, and where.
    if (!o.id.empty() && !init::valid_id(o.id)) {
        print_error(i18n::message("init.bad-id", fmt::arg("id", excerpt(o.id))));
        return k_exit_error;
    }
    const ThemeType type = type_of(o.type);
    const std::string id = o.id.empty() ? init::default_id(type) : o.id;
    fs::path dir = o.dir.empty() ? fs::path(o.project ? "themes" : ".") : fs::path(o.dir);
    if (o.dir.empty() && !o.project) {
        // Inside a project, a new theme goes where the project reads themes.
        const auto config = load_config("");
        if (!config) return k_exit_error;
        if (const auto folder = themes_folder(*config)) dir = *folder;
    }
    const fs::path theme_path = dir / (id + ".yaml");
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    const fs::path root = o.project ? cwd : repository_root(fs::absolute(theme_path, ec));
    const fs::path project_path = "reltheme.yaml";

    // 2. Refuse before writing anything when a file is in the way.
    for (const fs::path& p : {theme_path, dir / (id + ".yml")}) {
        if (fs::exists(fs::symlink_status(p, ec))) {
            print_error(i18n::message("init.exists", fmt::arg("path", p.generic_string())));
            return k_exit_error;
        }
    }
    std::string themes_glob;
    if (o.project) {
        if (fs::exists(fs::symlink_status(project_path, ec))) {
            print_error(
                i18n::message("init.exists", fmt::arg("path", project_path.generic_string())));
            return k_exit_error;
        }
        const std::string rel = relative_to(fs::absolute(dir, ec), cwd);
        if (rel.starts_with("..") || fs::path(rel).is_absolute()) {
            print_error(i18n::message("init.dir-outside"));
            return k_exit_error;
        }
        themes_glob = rel == "." ? "**/*.yaml" : rel + "/**/*.yaml";
    }

    // 3. The theme (and the JSON Schemas its `$schema` comments point at).
    fs::create_directories(dir, ec);
    if (ec) {
        print_error(i18n::message("init.mkdir", fmt::arg("dir", dir.generic_string()),
                                  fmt::arg("why", ec.message())));
        return k_exit_error;
    }
    const fs::path schemas = root / "schemas";
    init::StarterOptions starter;
    starter.type = type;
    starter.id = o.id;
    starter.name = o.name;
    starter.schema_path = relative_to(schemas / "theme.schema.json", fs::absolute(dir, ec));
    std::vector<std::string> created;
    const auto create = [&](const fs::path& path, const std::string& content) {
        std::string error;
        bool exists = false;
        if (!create_file_atomically(path, content, error, &exists)) {
            print_error(error);
            return false;
        }
        created.push_back(path.generic_string());
        return true;
    };
    if (!create(theme_path, init::starter_theme(starter))) return k_exit_error;
    if (o.project &&
        !create(project_path, init::starter_project(themes_glob, "schemas/project.schema.json"))) {
        return k_exit_error;
    }
    // A schema already there is left as it is; a missing one is added for editors.
    const std::vector<std::string> wanted =
        o.project ? std::vector<std::string>{"theme.schema.json", "project.schema.json"}
                  : std::vector<std::string>{"theme.schema.json"};
    for (const auto& name : wanted) {
        const fs::path path = schemas / name;
        if (fs::exists(path, ec)) continue;
        const auto text = embedded_file("schemas/" + name);
        if (!text) continue;
        fs::create_directories(schemas, ec);
        std::string error;
        if (create_file_atomically(path, std::string(*text), error)) {
            created.push_back(relative_to(path, cwd));
        } else {
            std::cerr << "reltheme: warning: " << error << "\n";
        }
    }

    // 4. Say what was done and what comes next.
    if (!o.quiet) {
        for (const auto& c : created)
            std::cerr << "reltheme: " << i18n::message("init.created", fmt::arg("path", c)) << "\n";
        std::cerr << "reltheme: "
                  << i18n::message(
                         "init.next", fmt::arg("theme", theme_path.generic_string()),
                         fmt::arg("lint", o.project ? std::string() : theme_path.generic_string()))
                  << "\n";
    }
    return k_exit_ok;
}

void setup_init(CLI::App& parent) {
    const auto [app, opts] = add_command<InitOptions>(
        parent, "init",
        "Write a new theme that passes lint (the standard Saby sales theme by default)",
        "Never overwrites a file (exit 2 when the theme or reltheme.yaml exists).\n\n"
        "Examples:\n"
        "  reltheme init                                 # ./standard.yaml, the standard sales "
        "theme\n"
        "  reltheme init --project                       # reltheme.yaml + themes/standard.yaml\n"
        "  reltheme init wholesale --name \"Опт\" --dir themes/\n"
        "  reltheme init audit-q1 --type audit",
        run_init);
    app->add_option("id", opts->id, "Theme id (default: standard, audit or service by type)");
    app->add_option("--type", opts->type, "sales, audit or service")
        ->check(CLI::IsMember({"sales", "audit", "service"}))
        ->default_str("sales");
    app->add_option("--dir", opts->dir,
                    "Folder to write the theme in (default: ., or themes with --project)");
    app->add_option("--name", opts->name,
                    "Theme name (default: the usual one for the type, or the id)");
    app->add_flag("--project", opts->project, "Also write reltheme.yaml reading the themes folder");
    app->add_flag("-q,--quiet", opts->quiet, "Print nothing on success");
}

}  // namespace reltheme::cli
