#pragma once
/// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for content that must
/// not be forgeable: the result cache's content hashes and its key.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace reltheme {

using Sha256Digest = std::array<std::uint8_t, 32>;

/// Incremental SHA-256: `update` any number of times, then `finish` once.
class Sha256 {
  public:
    Sha256();
    void update(std::string_view data);
    Sha256Digest finish();

  private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;  ///< bytes hashed so far
};

Sha256Digest sha256(std::string_view data);
/// HMAC-SHA-256 of `message` under `key` (any length).
Sha256Digest hmac_sha256(std::string_view key, std::string_view message);
/// Lower-case hexadecimal, 64 characters.
std::string to_hex(const Sha256Digest& digest);
/// Whether two strings are equal, in a time that depends on their lengths
/// only (for comparing a message authentication code).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace reltheme
