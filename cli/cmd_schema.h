#pragma once
/// `reltheme schema [KIND]`: the JSON Schema of a file reltheme reads or of a
/// JSON report it writes; `--list` names them.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct SchemaOptions {
    std::string kind = "theme";
    bool list = false;  ///< --list: the names and what each describes
};

void setup_schema(CLI::App& app);
int run_schema(const SchemaOptions& opts);

}  // namespace reltheme::cli
