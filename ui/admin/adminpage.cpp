#include "admin/adminpage.h"

#include "admin/auditlogmodel.h"
#include "store/clinicstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace msp::ui {

AdminPage::AdminPage(store::ClinicStore &store, const User &user, const SessionInfo &session, QTimeZone zone,
                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_role(user.role)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("adminPage"));
    auto *title = new QLabel(tr("Admin"));
    title->setProperty("role", QStringLiteral("title"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(settingsCard(session));
    layout->addWidget(auditCard(), 1);
}

void AdminPage::addCard(QWidget *card)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, card);
}

QWidget *AdminPage::settingsCard(const SessionInfo &session)
{
    auto *card = new QFrame;
    card->setProperty("card", true);
    auto *heading = new QLabel(tr("Settings"));
    heading->setProperty("role", QStringLiteral("section"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    const QString current = QSettings().value(languageKey(), QStringLiteral("en")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    m_languageNote = new QLabel(tr("The language changes the next time MedSpaSync starts."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setProperty("role", QStringLiteral("muted"));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings settings;
        settings.setValue(languageKey(), m_language->currentData().toString());
        m_languageNote->setText(tr("Saved. The language changes the next time MedSpaSync starts."));
    });

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);

    const auto value = [](const QString &text, const QString &name) {
        auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Language"), languageRow);
    form->addRow(tr("Data folder"), value(session.dataDir, QStringLiteral("dataDir")));
    form->addRow(tr("Store protection"), value(session.protectionDescription, QStringLiteral("protection")));
    form->addRow(tr("Device ID"), value(session.deviceId, QStringLiteral("deviceId")));

    auto *box = new QVBoxLayout(card);
    box->setContentsMargins(20, 16, 20, 18);
    box->setSpacing(12);
    box->addWidget(heading);
    box->addLayout(form);
    return card;
}

QWidget *AdminPage::auditCard()
{
    auto *card = new QFrame;
    card->setProperty("card", true);
    auto *heading = new QLabel(tr("Audit log"));
    heading->setProperty("role", QStringLiteral("section"));
    auto *note = new QLabel(tr("The 200 most recent events on this store, newest first. Events name records and "
                               "fields, never their contents. The log cannot be edited."));
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);
    auto *box = new QVBoxLayout(card);
    box->setContentsMargins(20, 16, 20, 18);
    box->setSpacing(10);
    box->addWidget(heading);
    box->addWidget(note);

    if (!roleAllows(m_role, Permission::ManageClinic)) {
        auto *refused = new QLabel(tr("Only administrators and managers can see the audit log."));
        refused->setObjectName(QStringLiteral("auditRefused"));
        box->addWidget(refused);
        box->addStretch();
        return card;
    }

    m_audit = new AuditLogModel(m_store, m_zone, this);
    m_audit->setObjectName(QStringLiteral("auditLogModel"));
    m_auditError = new QLabel;
    m_auditError->setProperty("role", QStringLiteral("banner-error"));
    m_auditError->setWordWrap(true);
    m_auditError->hide();
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("auditLog"));
    table->setModel(m_audit);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(28);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    box->addWidget(m_auditError);
    box->addWidget(table, 1);
    return card;
}

void AdminPage::refresh()
{
    if (!m_audit)
        return;
    const auto loaded = m_audit->reload(200);
    m_auditError->setText(loaded ? QString() : loaded.error().message);
    m_auditError->setVisible(!loaded);
}

void AdminPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace msp::ui
