#pragma once

namespace msp::server {

// Migration 1. Sync rows carry (txid, seq): the id of the transaction that
// last wrote them and a sequence, reset by a trigger on update, which the
// pull cursor walks.
inline constexpr char kSchemaV1[] = R"SQL(
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE server_settings (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE orgs (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE users (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs,
  email text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'manager', 'front_desk', 'practitioner')),
  password_hash text NOT NULL,
  totp_secret text NOT NULL,
  totp_last_step bigint NOT NULL DEFAULT -1,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs,
  user_id uuid NOT NULL REFERENCES users,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  token_epoch integer NOT NULL DEFAULT 0,
  last_mutation_id bigint NOT NULL DEFAULT 0);

CREATE TABLE refresh_tokens (
  token_hash text PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked boolean NOT NULL DEFAULT false);
CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id);

CREATE TABLE mutation_results (
  device_id uuid NOT NULL REFERENCES devices ON DELETE CASCADE,
  mutation_id bigint NOT NULL,
  result jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, mutation_id));

CREATE SEQUENCE change_seq;

CREATE FUNCTION stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.txid := pg_current_xact_id();
  NEW.seq := nextval('change_seq');
  RETURN NEW;
END $$;

CREATE TABLE appointments (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs,
  client_id uuid NOT NULL,
  practitioner_id uuid NOT NULL,
  service_id uuid NOT NULL,
  room_id uuid NOT NULL,
  equipment_id uuid,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status text NOT NULL,
  notes text NOT NULL DEFAULT '',
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'),
  CHECK (ends_at > starts_at),
  CONSTRAINT appointments_practitioner_overlap EXCLUDE USING gist
    (practitioner_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')),
  CONSTRAINT appointments_room_overlap EXCLUDE USING gist
    (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')),
  CONSTRAINT appointments_equipment_overlap EXCLUDE USING gist
    (equipment_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (equipment_id IS NOT NULL AND status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')));
CREATE INDEX appointments_feed ON appointments (org_id, txid, seq);
CREATE TRIGGER appointments_stamp BEFORE UPDATE ON appointments FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TABLE clients (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs,
  fields jsonb NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'));
CREATE INDEX clients_feed ON clients (org_id, txid, seq);
CREATE TRIGGER clients_stamp BEFORE UPDATE ON clients FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TABLE conflicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs,
  client_id uuid NOT NULL,
  field text NOT NULL,
  server_value text NOT NULL,
  device_value text NOT NULL,
  base_value text NOT NULL,
  device_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved boolean NOT NULL DEFAULT false,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'));
CREATE INDEX conflicts_feed ON conflicts (org_id, txid, seq);
CREATE TRIGGER conflicts_stamp BEFORE UPDATE ON conflicts FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TABLE tombstones (
  entity text NOT NULL,
  id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES orgs,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'),
  PRIMARY KEY (entity, id));
CREATE INDEX tombstones_feed ON tombstones (org_id, txid, seq);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  org_id uuid,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  device_id uuid,
  action text NOT NULL,
  entity text NOT NULL DEFAULT '',
  entity_id text NOT NULL DEFAULT '',
  detail jsonb NOT NULL DEFAULT '{}');
CREATE INDEX audit_events_org ON audit_events (org_id, id);
)SQL";

} // namespace msp::server
