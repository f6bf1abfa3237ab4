#pragma once
/// The random numbers of the Monte Carlo: xoshiro256** streams seeded per
/// block of deals through SplitMix64, so deal i gets the same numbers
/// whatever the number of threads.
#include <cstdint>

namespace reltheme {

/// SplitMix64 (Steele, Lea, Flood 2014): one step of the sequence.
inline std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// xoshiro256** 1.0 (Blackman, Vigna 2018).
class Xoshiro256 {
  public:
    /// The stream of block `block` for run seed `seed`.
    Xoshiro256(std::uint64_t seed, std::uint64_t block) {
        std::uint64_t sm = seed;
        const std::uint64_t mixed =
            splitmix64(sm) ^ (block * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull);
        std::uint64_t s = mixed;
        for (auto& x : m_s) x = splitmix64(s);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// A uniform number in the open interval (0, 1): 53 random bits, centred.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

}  // namespace reltheme
