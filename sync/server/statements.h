#pragma once

namespace pqxx {
class connection_base;
}

namespace msp::server {

// The columns of the change feed, "pull" and "pull_snapshot", in order. An
// appointment comes as its raw columns (pullhandler.cpp writes its JSON, see
// appointmentjson.h), every other row as its `Data` JSON text; each row has
// NULL in the other's columns.
struct FeedColumn {
    enum : int {
        Type,
        Id,
        Txid,
        Seq,
        Data,
        ClientId,
        PractitionerId,
        ServiceId,
        RoomId,
        DeviceId,
        StartsAt,
        EndsAt,
        Status,
        Notes,
        Overbooked,
    };
};

// Every statement the request handlers run, prepared once per connection.
void prepareStatements(pqxx::connection_base &conn);
// The Stripe webhook's (webhookstatements.cpp); prepareStatements calls it.
void prepareWebhookStatements(pqxx::connection_base &conn);

} // namespace msp::server
