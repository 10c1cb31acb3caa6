#pragma once

namespace msp::server {

// Migration 6. The snapshots first pulls page through (pullsnapshots.cpp):
// the instance that exported one keeps its transaction open, and any
// instance serving a page renews the row, so the holder knows it is still in
// use. `handover` is the feed position the last page hands over to. A row
// carries its own limits, so every instance expires it alike. Unlogged: a
// crash of PostgreSQL ends the snapshots too.
inline constexpr char kSchemaV6[] = R"SQL(
CREATE UNLOGGED TABLE pull_snapshots (
  id text PRIMARY KEY,
  org_id uuid NOT NULL,
  handover xid8 NOT NULL,
  idle_seconds integer NOT NULL,
  max_age_seconds integer NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now());
)SQL";

} // namespace msp::server
