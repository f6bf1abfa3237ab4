// The floor for reltheme's parser: only parse the same files with yaml-cpp,
// with YAML::Load or with the event API, over J threads, and exit.
//
//   bench_parse_floor load|events JOBS PATH...   (folders are walked for *.yaml)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Null final : YAML::EventHandler {
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    const bool events = std::string(argv[1]) == "events";
    const int jobs = std::max(1, std::atoi(argv[2]));
    std::vector<std::string> files;
    for (int i = 3; i < argc; ++i) {
        if (!std::filesystem::is_directory(argv[i])) {
            files.emplace_back(argv[i]);
            continue;
        }
        for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i])) {
            if (e.path().extension() == ".yaml" && e.path().filename() != "reltheme.yaml") {
                files.push_back(e.path().string());
            }
        }
    }
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> nodes{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            std::ifstream in(files[i], std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            try {
                if (events) {
                    std::istringstream s(text.str());
                    YAML::Parser parser(s);
                    Null handler;
                    parser.HandleNextDocument(handler);
                } else {
                    nodes += YAML::Load(text.str()).size();
                }
            } catch (const YAML::Exception&) {
            }
        }
    };
    std::vector<std::thread> threads;
    for (int j = 1; j < jobs; ++j) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
    return nodes == static_cast<std::size_t>(-1) ? 1 : 0;
}
