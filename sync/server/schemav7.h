#pragma once

namespace msp::server {

// Migration 7. Each appointment keeps its own change-feed JSON (`wire`),
// written by a trigger whenever the row is inserted or updated, so a pull
// copies text instead of building it: for the 250,000 appointments of a
// first sync, building the JSON was about two thirds of PostgreSQL's time
// on them. The text is what statements.cpp's feed sends for an appointment
// (README.md, "Pull"); the trigger is the only writer of the column.
//
// Existing rows are filled in with the change stamp switched off, so the
// migration does not send every appointment to every device again.
inline constexpr char kSchemaV7[] = R"SQL(
ALTER TABLE appointments ADD COLUMN wire text;
CREATE FUNCTION appointment_wire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.wire := concat(
    '{"client_id":', coalesce('"' || NEW.client_id::text || '"', 'null'),
    ',"practitioner_id":', coalesce('"' || NEW.practitioner_id::text || '"', 'null'),
    ',"service_id":', coalesce('"' || NEW.service_id::text || '"', 'null'),
    ',"room_id":', coalesce('"' || NEW.room_id::text || '"', 'null'),
    ',"device_id":', coalesce('"' || NEW.equipment_id::text || '"', 'null'),
    ',"start":', coalesce('"' || to_char(NEW.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null'),
    ',"end":', coalesce('"' || to_char(NEW.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null'),
    ',"status":', coalesce(to_json(NEW.status)::text, 'null'),
    ',"notes":', coalesce(to_json(NEW.notes)::text, 'null'),
    ',"overbooked":', coalesce(NEW.overbooked::text, 'null'),
    '}');
  RETURN NEW;
END $$;
CREATE TRIGGER appointments_wire BEFORE INSERT OR UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION appointment_wire();
ALTER TABLE appointments DISABLE TRIGGER appointments_stamp;
UPDATE appointments SET wire = NULL;
ALTER TABLE appointments ENABLE TRIGGER appointments_stamp;
ALTER TABLE appointments ALTER COLUMN wire SET NOT NULL;
)SQL";

} // namespace msp::server
