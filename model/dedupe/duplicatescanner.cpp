#include "dedupe/duplicatescanner.h"

#include "reconcile/personcomparator.h"
#include "reconcile/personlinker.h"
#include "reconcile/textfold.h"
#include "store/auditlog.h"
#include "store/clientrow.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace msp::dedupe {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

reconcile::PersonRecord toPerson(const Client &c, std::int64_t line)
{
    using namespace reconcile;
    PersonRecord p;
    p.id = utf8(c.id.toString());
    p.line = line;
    p.givenName = foldName(utf8(c.name.given()));
    p.surname = foldName(utf8(c.name.family()));
    if (!c.dateOfBirth.isNull())
        p.dateOfBirth = utf8(c.dateOfBirth.date().toString(QStringLiteral("yyyyMMdd")));
    // One address line: its leading number is the street number.
    const QString address = c.address.simplified();
    const QString first = address.section(u' ', 0, 0);
    if (!first.isEmpty() && first.at(0).isDigit())
        p.streetNumber = digitsOnly(utf8(first));
    p.address = foldName(utf8(address));
    if (!c.phone.e164().isEmpty())
        p.phone = phoneDigits(utf8(c.phone.e164()));
    p.email = normaliseEmail(utf8(c.email.value()));
    return p;
}

Result<QList<Client>> activeClients(store::Database &db)
{
    static const QByteArray sql
        = QByteArray(store::kClientColumns) + " FROM client WHERE merged_into IS NULL ORDER BY created_at, id;";
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    return store::collectRows<Client>(*q, store::readClient);
}
} // namespace

Result<QList<DuplicateGroup>> DuplicateScanner::scan(const Actor &actor, const ScanOptions &options)
{
    MSP_TRY(store::requirePermission(actor, Permission::ManageClinic));
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto clients = activeClients(m_db);
    if (!clients)
        return clients.error();
    std::vector<reconcile::PersonRecord> people;
    people.reserve(size_t(clients->size()));
    for (qsizetype i = 0; i < clients->size(); ++i)
        people.push_back(toPerson(clients->at(i), std::int64_t(i + 1)));

    reconcile::LinkOptions link;
    link.threshold = options.threshold;
    link.threads = 1;
    const reconcile::LinkResult found = reconcile::dedupePeople(people, link);
    const reconcile::PersonComparator explainer(people, people);

    // Connected components of the pairs.
    std::vector<std::uint32_t> parent(people.size());
    std::iota(parent.begin(), parent.end(), 0u);
    const auto root = [&parent](std::uint32_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (const auto &p : found.pairs)
        parent[root(p.a)] = root(p.b);
    QHash<std::uint32_t, DuplicateGroup> groups;
    QHash<std::uint32_t, QList<std::uint32_t>> members;
    for (const auto &p : found.pairs) {
        DuplicatePair pair;
        pair.first = clients->at(qsizetype(p.a));
        pair.second = clients->at(qsizetype(p.b));
        pair.score = p.probability;
        pair.reasons = reconcile::summarise(explainer.explain(p.a, p.b, found.model));
        const std::uint32_t r = root(p.a);
        groups[r].pairs.append(pair);
        for (std::uint32_t m : {p.a, p.b})
            if (!members[r].contains(m))
                members[r].append(m);
    }
    QList<DuplicateGroup> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        DuplicateGroup g = it.value();
        QList<std::uint32_t> ids = members.value(it.key());
        std::sort(ids.begin(), ids.end());
        for (std::uint32_t m : ids)
            g.members.append(clients->at(qsizetype(m)));
        std::stable_sort(g.pairs.begin(), g.pairs.end(),
                         [](const DuplicatePair &a, const DuplicatePair &b) { return a.score > b.score; });
        out.append(g);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        if (a.score() != b.score())
            return a.score() > b.score();
        return a.members.first().id.toString() < b.members.first().id.toString();
    });
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.duplicate_scan"), QStringLiteral("client"), EntityId(),
                           QStringLiteral("clients compared: %1, groups: %2").arg(clients->size()).arg(out.size())));
    MSP_TRY(tx->commit());
    return out;
}

} // namespace msp::dedupe
