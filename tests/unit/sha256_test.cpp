#include "util/sha256.h"

#include <doctest/doctest.h>

#include <string>

using namespace reltheme;

TEST_CASE("sha256: the FIPS 180-4 example messages") {
    CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(to_hex(sha256("abc")) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(to_hex(sha256(std::string(1000000, 'a'))) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: fed in pieces of any size gives the digest of the whole") {
    const std::string text(1000, 'q');
    for (const std::size_t piece : {1u, 3u, 55u, 56u, 63u, 64u, 65u, 999u}) {
        Sha256 h;
        for (std::size_t at = 0; at < text.size(); at += piece) h.update(text.substr(at, piece));
        CHECK(to_hex(h.finish()) == to_hex(sha256(text)));
    }
}

TEST_CASE("hmac_sha256: the RFC 4231 test cases") {
    CHECK(to_hex(hmac_sha256(std::string(20, '\x0b'), "Hi There")) ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")) ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // A key longer than the block is hashed first.
    CHECK(to_hex(hmac_sha256(std::string(131, '\xaa'),
                             "Test Using Larger Than Block-Size Key - Hash Key First")) ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("constant_time_equal: equal only when every byte and the length are") {
    const std::string a = to_hex(sha256("a"));
    std::string b = a;
    CHECK(constant_time_equal(a, b));
    b[63] = b[63] == '0' ? '1' : '0';
    CHECK_FALSE(constant_time_equal(a, b));
    CHECK_FALSE(constant_time_equal(a, a.substr(0, 63)));
    CHECK(constant_time_equal("", ""));
}
