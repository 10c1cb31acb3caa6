#include "calendar/newclientpanel.h"

#include "calendar/clientsearchmodel.h"
#include "domain/client.h"
#include "store/clinicstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

NewClientPanel::NewClientPanel(store::ClinicStore &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("newClientPanel"));
    m_given = new QLineEdit;
    m_given->setObjectName(QStringLiteral("newGivenName"));
    m_family = new QLineEdit;
    m_family->setObjectName(QStringLiteral("newFamilyName"));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("newPhone"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("newEmail"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("newClientError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("First name"), m_given);
    form->addRow(tr("Last name"), m_family);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("E-mail"), m_email);

    m_check = new QPushButton(tr("Add client"));
    m_check->setObjectName(QStringLiteral("createClient"));
    connect(m_check, &QPushButton::clicked, this, &NewClientPanel::check);

    m_duplicates = new ClientSearchModel(m_store, this);
    m_duplicatesView = new QListView;
    m_duplicatesView->setObjectName(QStringLiteral("duplicateCandidates"));
    m_duplicatesView->setModel(m_duplicates);
    m_duplicatesView->setMaximumHeight(110);
    auto *dupLabel = new QLabel(tr("These clients look like the one you typed. Use one of them, or add a new client "
                                   "anyway if this is someone else."));
    dupLabel->setWordWrap(true);
    dupLabel->setProperty("role", QStringLiteral("banner-info"));
    auto *use = new QPushButton(tr("Use selected client"));
    use->setObjectName(QStringLiteral("useExisting"));
    auto *anyway = new QPushButton(tr("Add new client anyway"));
    anyway->setObjectName(QStringLiteral("createAnyway"));
    connect(use, &QPushButton::clicked, this, &NewClientPanel::useSelected);
    connect(m_duplicatesView, &QListView::doubleClicked, this, &NewClientPanel::useSelected);
    connect(anyway, &QPushButton::clicked, this, &NewClientPanel::create);
    auto *dupButtons = new QHBoxLayout;
    dupButtons->addWidget(use);
    dupButtons->addWidget(anyway);
    dupButtons->addStretch();
    m_duplicatesBox = new QWidget;
    m_duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    auto *dupLayout = new QVBoxLayout(m_duplicatesBox);
    dupLayout->setContentsMargins(0, 0, 0, 0);
    dupLayout->addWidget(dupLabel);
    dupLayout->addWidget(m_duplicatesView);
    dupLayout->addLayout(dupButtons);
    m_duplicatesBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_duplicatesBox);
}

void NewClientPanel::start(const QString &typedName)
{
    const QStringList words = typedName.simplified().split(u' ', Qt::SkipEmptyParts);
    const bool looksLikeName = !words.isEmpty() && !typedName.contains(u'@')
        && std::none_of(typedName.begin(), typedName.end(), [](QChar c) { return c.isDigit(); });
    m_given->setText(looksLikeName ? words.first() : QString());
    m_family->setText(looksLikeName ? words.mid(1).join(u' ') : QString());
    m_phone->clear();
    m_email->clear();
    m_error->hide();
    m_duplicatesBox->hide();
    m_check->setEnabled(true);
    m_given->setFocus();
}

void NewClientPanel::check()
{
    ClientInput input;
    input.givenName = m_given->text();
    input.familyName = m_family->text();
    input.phone = m_phone->text();
    input.email = m_email->text();
    const ClientValidation v = validateClient(input, QDate::currentDate());
    if (!v.isValid()) {
        QStringList messages;
        for (const FieldError &e : v.errors)
            messages << e.message;
        m_error->setText(messages.join(u'\n'));
        m_error->show();
        return;
    }
    m_error->hide();
    // Likely the same person: the same name, phone or e-mail already on file.
    QList<store::ClientSummary> candidates;
    QStringList queries {v.client->name.given() + u' ' + v.client->name.family()};
    if (!v.client->phone.isEmpty())
        queries << v.client->phone.digits() << v.client->phone.digits().right(10);
    if (!v.client->email.isEmpty())
        queries << v.client->email.value();
    for (const QString &q : std::as_const(queries)) {
        auto found = m_store.clients().search(q, 10);
        if (!found) {
            m_error->setText(found.error().message);
            m_error->show();
            return;
        }
        for (const store::ClientSummary &s : std::as_const(*found))
            if (std::none_of(candidates.begin(), candidates.end(), [&](const auto &c) { return c.id == s.id; }))
                candidates.append(s);
    }
    if (candidates.isEmpty())
        return create();
    m_duplicates->setClients(candidates);
    m_duplicatesView->setCurrentIndex(m_duplicates->index(0));
    m_duplicatesBox->show();
    m_check->setEnabled(false);
}

void NewClientPanel::create()
{
    ClientInput input;
    input.givenName = m_given->text();
    input.familyName = m_family->text();
    input.phone = m_phone->text();
    input.email = m_email->text();
    const ClientValidation v = validateClient(input, QDate::currentDate());
    if (!v.isValid())
        return check();
    auto created = m_store.clients().create(m_actor, *v.client);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    store::ClientSummary s;
    s.id = created->id;
    s.displayName = created->name.displayName();
    s.legalName = created->name.legalFullName();
    s.phone = created->phone.toDisplayString();
    s.email = created->email.value();
    m_duplicatesBox->hide();
    m_check->setEnabled(true);
    Q_EMIT clientChosen(s);
}

void NewClientPanel::useSelected()
{
    const QModelIndex i = m_duplicatesView->currentIndex();
    if (!i.isValid())
        return;
    m_duplicatesBox->hide();
    m_check->setEnabled(true);
    Q_EMIT clientChosen(m_duplicates->clientAt(i.row()));
}

} // namespace msp::ui
