#pragma once

namespace msp::server {

// Migration 5. Failed sign-ins are counted in the database, so every
// instance behind a load balancer sees the same count and an attacker cannot
// multiply the limit by the number of instances (loginlimits.cpp). Keys are
// SHA-256 hashes of the email or address, never the values. Unlogged: a
// crash forgets the counts, which only ever lets someone try again.
inline constexpr char kSchemaV5[] = R"SQL(
CREATE UNLOGGED TABLE login_failures (
  key_hash text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE INDEX login_failures_by_key ON login_failures (key_hash, at);
)SQL";

} // namespace msp::server
