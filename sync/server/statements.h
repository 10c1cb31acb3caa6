#pragma once

namespace pqxx {
class connection_base;
}

namespace msp::server {

// Every statement the request handlers run, prepared once per connection.
void prepareStatements(pqxx::connection_base &conn);
// The Stripe webhook's (webhookstatements.cpp); prepareStatements calls it.
void prepareWebhookStatements(pqxx::connection_base &conn);

} // namespace msp::server
