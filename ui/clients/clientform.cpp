#include "clients/clientform.h"

#include "common/fielderrorlabel.h"
#include "common/theme.h"
#include "store/clientrepository.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

ClientForm::ClientForm(store::ClientRepository &clients, Actor actor, QTimeZone zone, bool showClinicalNotes,
                       QWidget *parent)
    : QWidget(parent)
    , m_clients(clients)
    , m_actor(std::move(actor))
    , m_zone(std::move(zone))
    , m_showNotes(showClinicalNotes)
{
    setObjectName(QStringLiteral("clientForm"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("clientTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(this);
    m_subtitle->setProperty("role", QStringLiteral("muted"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setProperty("role", QStringLiteral("banner-ok"));

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(10);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, 1);

    addLine(QStringLiteral("givenName"), tr("Legal first name"), 0, 0);
    addLine(QStringLiteral("familyName"), tr("Legal last name"), 0, 1);
    addLine(QStringLiteral("preferredName"), tr("Preferred name"), 0, 2)
        ->setPlaceholderText(tr("What the client likes to be called"));
    addLine(QStringLiteral("dateOfBirth"), tr("Date of birth"), 1, 0)->setPlaceholderText(tr("YYYY-MM-DD"));
    addLine(QStringLiteral("phone"), tr("Phone"), 1, 1)->setPlaceholderText(tr("(555) 123-4567"));
    addLine(QStringLiteral("email"), tr("E-mail"), 1, 2)->setPlaceholderText(tr("name@example.com"));
    addLine(QStringLiteral("address"), tr("Address"), 2, 0, 3);
    addText(QStringLiteral("allergies"), tr("Allergies"), 3, 56)
        ->setPlaceholderText(tr("Known allergies, e.g. lidocaine, latex. Leave empty when none are known."));
    addLine(QStringLiteral("alerts"), tr("Alerts"), 4, 0, 3)
        ->setPlaceholderText(tr("Anything staff must see first, e.g. pregnant, pacemaker"));
    auto *notes = addText(QStringLiteral("notes"), tr("Notes"), 5, 90);
    if (!m_showNotes) {
        notes->parentWidget()->hide();
    }

    m_marketing = new QCheckBox(tr("Agrees to receive offers and news by e-mail or text"), this);
    m_marketing->setObjectName(QStringLiteral("marketingConsent"));
    m_grid->addWidget(m_marketing, 6, 0, 1, 3);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setProperty("role", QStringLiteral("banner-error"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->hide();
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setProperty("primary", true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addLayout(m_grid);
    layout->addSpacing(8);
    layout->addWidget(m_formError);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ClientForm::save);
    connect(m_marketing, &QCheckBox::toggled, m_status, &QLabel::clear);
    startNew();
}

QLineEdit *ClientForm::addLine(const QString &field, const QString &caption, int row, int column, int span)
{
    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    auto *label = new QLabel(caption, cell);
    label->setProperty("role", QStringLiteral("caption"));
    auto *edit = new QLineEdit(cell);
    edit->setObjectName(field);
    label->setBuddy(edit);
    auto *error = new FieldErrorLabel(field, cell);
    box->addWidget(label);
    box->addWidget(edit);
    box->addWidget(error);
    // Top-aligned so a message under one field does not shift its neighbours.
    m_grid->addWidget(cell, row, column, 1, span, Qt::AlignTop);
    m_lines.insert(field, edit);
    m_errors.insert(field, error);
    connect(edit, &QLineEdit::textEdited, m_status, &QLabel::clear);
    return edit;
}

QPlainTextEdit *ClientForm::addText(const QString &field, const QString &caption, int row, int height)
{
    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    auto *label = new QLabel(caption, cell);
    label->setProperty("role", QStringLiteral("caption"));
    auto *edit = new QPlainTextEdit(cell);
    edit->setObjectName(field);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    label->setBuddy(edit);
    auto *error = new FieldErrorLabel(field, cell);
    box->addWidget(label);
    box->addWidget(edit);
    box->addWidget(error);
    m_grid->addWidget(cell, row, 0, 1, 3, Qt::AlignTop);
    m_texts.insert(field, edit);
    m_errors.insert(field, error);
    connect(edit, &QPlainTextEdit::textChanged, m_status, &QLabel::clear);
    return edit;
}

void ClientForm::startNew()
{
    load(Client {});
}

void ClientForm::load(const Client &client)
{
    m_loaded = client;
    const ClientInput in = ClientInput::fromClient(client);
    m_lines.value(QStringLiteral("givenName"))->setText(in.givenName);
    m_lines.value(QStringLiteral("familyName"))->setText(in.familyName);
    m_lines.value(QStringLiteral("preferredName"))->setText(in.preferredName);
    m_lines.value(QStringLiteral("dateOfBirth"))->setText(in.dateOfBirth);
    m_lines.value(QStringLiteral("phone"))->setText(in.phone);
    m_lines.value(QStringLiteral("email"))->setText(in.email);
    m_lines.value(QStringLiteral("address"))->setText(in.address);
    m_lines.value(QStringLiteral("alerts"))->setText(in.alerts);
    m_texts.value(QStringLiteral("allergies"))->setPlainText(in.allergies);
    m_texts.value(QStringLiteral("notes"))->setPlainText(m_showNotes ? in.notes : QString());
    m_marketing->setChecked(in.marketingConsent);
    clearErrors();
    m_status->clear();
    setTitle();
    m_lines.value(QStringLiteral("givenName"))->setFocus();
}

void ClientForm::setTitle()
{
    if (isNew()) {
        m_title->setText(tr("New client"));
        m_subtitle->setText(tr("Required: the legal first and last name, and a phone number or an e-mail address."));
        return;
    }
    m_title->setText(m_loaded.name.displayName());
    m_subtitle->setText(
        m_loaded.createdAt.isValid()
            ? tr("Client since %1")
                  .arg(QLocale().toString(m_loaded.createdAt.toTimeZone(m_zone).date(), QLocale::LongFormat))
            : QString());
}

ClientInput ClientForm::input() const
{
    ClientInput in;
    in.givenName = m_lines.value(QStringLiteral("givenName"))->text();
    in.familyName = m_lines.value(QStringLiteral("familyName"))->text();
    in.preferredName = m_lines.value(QStringLiteral("preferredName"))->text();
    in.dateOfBirth = m_lines.value(QStringLiteral("dateOfBirth"))->text().trimmed();
    in.phone = m_lines.value(QStringLiteral("phone"))->text();
    in.email = m_lines.value(QStringLiteral("email"))->text();
    in.address = m_lines.value(QStringLiteral("address"))->text();
    in.alerts = m_lines.value(QStringLiteral("alerts"))->text();
    in.allergies = m_texts.value(QStringLiteral("allergies"))->toPlainText();
    // A role that may not see the notes must not blank them on save.
    in.notes = m_showNotes ? m_texts.value(QStringLiteral("notes"))->toPlainText() : m_loaded.notes;
    in.marketingConsent = m_marketing->isChecked();
    return in;
}

bool ClientForm::isDirty() const
{
    const ClientInput now = input();
    ClientInput was = ClientInput::fromClient(m_loaded);
    return now.givenName != was.givenName || now.familyName != was.familyName || now.preferredName != was.preferredName
        || now.dateOfBirth != was.dateOfBirth || now.phone != was.phone || now.email != was.email
        || now.address != was.address || now.allergies != was.allergies || now.alerts != was.alerts
        || now.notes != was.notes || now.marketingConsent != was.marketingConsent;
}

QString ClientForm::errorFor(const QString &field) const
{
    const auto *label = m_errors.value(field);
    return label ? label->text() : QString();
}

bool ClientForm::save()
{
    clearErrors();
    m_status->clear();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    const ClientValidation v = validateClient(input(), today, m_loaded.id);
    if (!v.isValid()) {
        for (const FieldError &e : v.errors)
            showFieldError(e.field, e.message);
        // Put the cursor where the first problem is.
        if (!v.errors.isEmpty()) {
            if (auto *line = m_lines.value(v.errors.first().field))
                line->setFocus();
            else if (auto *text = m_texts.value(v.errors.first().field))
                text->setFocus();
        }
        return false;
    }
    Client client = *v.client;
    client.createdAt = m_loaded.createdAt;
    client.updatedAt = m_loaded.updatedAt;
    const bool created = isNew();
    if (created) {
        auto result = m_clients.create(m_actor, client);
        if (!result) {
            showFieldError(result.error().field, result.error().message);
            return false;
        }
        client = *result;
    } else {
        auto result = m_clients.update(m_actor, client);
        if (!result) {
            showFieldError(result.error().field, result.error().message);
            return false;
        }
    }
    m_loaded = client;
    setTitle();
    m_status->setText(created ? tr("Client created.") : tr("Changes saved."));
    Q_EMIT saved(client.id, created);
    return true;
}

void ClientForm::clearErrors()
{
    for (auto *label : std::as_const(m_errors))
        label->clearMessage();
    for (auto *w : std::as_const(m_lines)) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            theme::repolish(w);
        }
    }
    for (auto *w : std::as_const(m_texts)) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            theme::repolish(w);
        }
    }
    m_formError->clear();
    m_formError->hide();
}

void ClientForm::showFieldError(const QString &field, const QString &message)
{
    FieldErrorLabel *label = m_errors.value(field);
    if (!label || (field == u"notes" && !m_showNotes)) {
        showFormError(message);
        return;
    }
    // A field can fail two rules at once (a bad phone, and no way to reach the
    // client); show both.
    label->setMessage(label->text().isEmpty() ? message : QString(label->text() + u'\n' + message));
    QWidget *editor = m_lines.value(field);
    if (!editor)
        editor = m_texts.value(field);
    if (editor) {
        editor->setProperty("invalid", true);
        theme::repolish(editor);
    }
}

void ClientForm::showFormError(const QString &message)
{
    m_formError->setText(m_formError->text().isEmpty() ? message : QString(m_formError->text() + u'\n' + message));
    m_formError->show();
}

} // namespace msp::ui
