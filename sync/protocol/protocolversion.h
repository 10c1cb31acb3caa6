#pragma once

namespace msp::protocol {

// Bumped when a change is not backwards compatible. The client sends it in
// the `X-MedSpaSync-Protocol` header; the server refuses versions it does
// not speak with 426 so an old app asks to be updated instead of corrupting
// data.
inline constexpr int kProtocolVersion = 1;
inline constexpr char kProtocolHeader[] = "X-MedSpaSync-Protocol";

} // namespace msp::protocol
