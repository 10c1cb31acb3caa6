#pragma once

namespace msp::server {

// Migration 3.
// - Refresh tokens remember the token they were exchanged for, so a refresh
//   whose answer was lost can be retried once within a short grace window
//   without being taken for theft (authhandlers.cpp).
// - Devices remember where their last pull started (the cursor is what they
//   have applied) and how many changes their outbox held then, for the
//   console's device list.
// - An appointment may be overbooked on purpose: a role with the Overbook
//   permission asks for it with a reason (mutationapplier.cpp). The
//   exclusion constraints now leave such rows out, so every other booking
//   still cannot overlap by construction; a flag without a reason is refused.
inline constexpr char kSchemaV3[] = R"SQL(
ALTER TABLE refresh_tokens
  ADD COLUMN replaced_by text,
  ADD COLUMN grace_used_at timestamptz;
ALTER TABLE devices
  ADD COLUMN pull_txid xid8,
  ADD COLUMN pull_seq bigint,
  ADD COLUMN pending_push integer;
ALTER TABLE appointments
  ADD COLUMN overbooked boolean NOT NULL DEFAULT false,
  ADD COLUMN overbook_reason text NOT NULL DEFAULT '',
  ADD CONSTRAINT appointments_overbook_reason CHECK (NOT overbooked OR overbook_reason <> ''),
  DROP CONSTRAINT appointments_practitioner_overlap,
  DROP CONSTRAINT appointments_room_overlap,
  DROP CONSTRAINT appointments_equipment_overlap;
ALTER TABLE appointments
  ADD CONSTRAINT appointments_practitioner_overlap EXCLUDE USING gist
    (practitioner_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (NOT overbooked AND status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')),
  ADD CONSTRAINT appointments_room_overlap EXCLUDE USING gist
    (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (NOT overbooked AND status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')),
  ADD CONSTRAINT appointments_equipment_overlap EXCLUDE USING gist
    (equipment_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (equipment_id IS NOT NULL AND NOT overbooked
           AND status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error'));
)SQL";

} // namespace msp::server
