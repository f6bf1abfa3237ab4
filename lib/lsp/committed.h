#pragma once
/// A document as the last commit holds it (git HEAD), read with diff/'s
/// libgit2 reader (diff/git.h), for what the editor offers from it: the ids
/// being renamed away, which completion of `formerly` names.
#include <filesystem>
#include <optional>

#include "load/yaml_doc.h"
#include "model/theme.h"

namespace reltheme::lsp {

/// The theme the file at `path` held at HEAD, loaded as `lint` loads it;
/// nullopt when the file is in no git repository, HEAD does not hold it (a
/// new file, a repository without commits), its object cannot be read or is
/// over `limits.max_bytes`, or it holds no theme that loads. The repository
/// is opened afresh each call, so a commit made meanwhile is seen.
std::optional<Theme> committed_theme(const std::filesystem::path& path, const YamlLimits& limits);

}  // namespace reltheme::lsp
