#include "clients/clientspage.h"

#include "clients/clientform.h"
#include "clients/clientlistmodel.h"
#include "clients/duplicatesdialog.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace msp::ui {

ClientsPage::ClientsPage(store::ClinicStore &store, Actor actor, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_zone(zone)
{
    setObjectName(QStringLiteral("clientsPage"));
    m_model = new ClientListModel(m_store.clients(), this);
    m_model->setObjectName(QStringLiteral("clientListModel"));

    // Left: the list.
    auto *listCard = new QFrame;
    listCard->setProperty("card", true);
    auto *title = new QLabel(tr("Clients"));
    title->setProperty("role", QStringLiteral("title"));
    auto *add = new QPushButton(tr("New client"));
    add->setObjectName(QStringLiteral("newClient"));
    add->setProperty("primary", true);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("clientCount"));
    m_count->setProperty("role", QStringLiteral("muted"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("clientsError"));
    m_error->setProperty("role", QStringLiteral("banner-error"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    for (int c : {ClientListModel::PhoneColumn, ClientListModel::EmailColumn, ClientListModel::DateOfBirthColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *duplicates = new QPushButton(tr("Find duplicates"));
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    duplicates->setToolTip(tr("Find records that may be the same person and merge them"));
    duplicates->setVisible(roleAllows(m_actor.role, Permission::ManageClinic));

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(duplicates);
    head->addWidget(add);
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(16, 16, 16, 12);
    listLayout->setSpacing(10);
    listLayout->addLayout(head);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    // Right: nothing chosen yet, or the form.
    auto *emptyState = new QLabel(tr("Choose a client from the list to see their details,\nor create a new client."));
    emptyState->setObjectName(QStringLiteral("clientEmptyState"));
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setProperty("role", QStringLiteral("muted"));
    const bool notes = roleAllows(m_actor.role, Permission::ViewClinicalNotes);
    m_form = new ClientForm(m_store.clients(), m_actor, zone, notes);
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    auto *formCard = new QFrame;
    formCard->setProperty("card", true);
    auto *formLayout = new QVBoxLayout(formCard);
    formLayout->setContentsMargins(1, 1, 1, 1);
    formLayout->addWidget(formScroll);
    m_detail = new QStackedWidget;
    m_detail->addWidget(emptyState);
    m_detail->addWidget(formCard);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(16);
    splitter->addWidget(listCard);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({560, 700});
    listCard->setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::search);
    connect(add, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(duplicates, &QPushButton::clicked, this, &ClientsPage::findDuplicates);
    // Selection, not the current index: tabbing into the list makes its first
    // row current without selecting it, and must not open (and audit) a record.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (m_quiet || selected.isEmpty())
                    return;
                // Saving from the prompt refreshes the list, so hold on to
                // the id, not the row.
                const EntityId target = m_model->idAt(selected.indexes().first().row());
                if (!confirmLeavingForm()) {
                    m_quiet = true;
                    m_table->clearSelection();
                    m_quiet = false;
                    selectRowQuietly(m_form->clientId());
                    return;
                }
                openClient(target);
            });
    connect(m_form, &ClientForm::saved, this, &ClientsPage::onSaved);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void ClientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        search(m_search->text());
    }
}

void ClientsPage::search(const QString &text)
{
    m_loadedOnce = true;
    if (auto r = m_model->setSearchText(text); !r)
        showError(r.error().message);
    else
        m_error->hide();
    const int n = m_model->rowCount();
    if (n >= ClientListModel::kLimit)
        m_count->setText(tr("Showing the first %1 clients. Type more to narrow the list.").arg(n));
    else if (n == 0 && !text.trimmed().isEmpty())
        m_count->setText(tr("No client matches “%1”.").arg(text.trimmed()));
    else
        m_count->setText(n == 1 ? tr("1 client") : tr("%1 clients").arg(n));
}

bool ClientsPage::openClient(const EntityId &id)
{
    auto client = m_store.clients().open(m_actor, id);
    if (!client) {
        showError(client.error().message);
        return false;
    }
    m_error->hide();
    m_form->load(*client);
    m_detail->setCurrentIndex(1);
    selectRowQuietly(id);
    return true;
}

void ClientsPage::newClient()
{
    if (!confirmLeavingForm())
        return;
    m_quiet = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_quiet = false;
    m_form->startNew();
    m_detail->setCurrentIndex(1);
}

DuplicatesDialog *ClientsPage::findDuplicates()
{
    if (!roleAllows(m_actor.role, Permission::ManageClinic) || !confirmLeavingForm())
        return nullptr;
    auto *dialog = new DuplicatesDialog(m_store, m_actor, m_zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::clientsChanged, this, [this] {
        // The open record may have been merged away: show the list afresh.
        m_detail->setCurrentIndex(0);
        search(m_search->text());
    });
    dialog->open();
    dialog->scan();
    return dialog;
}

void ClientsPage::onSaved(const EntityId &id, bool)
{
    // Names may have changed: refresh the list, keep the client selected
    // without opening (and auditing) it again.
    search(m_search->text());
    selectRowQuietly(id);
    Q_EMIT clientSaved(id);
}

void ClientsPage::selectRowQuietly(const EntityId &id)
{
    const int row = m_model->rowOf(id);
    m_quiet = true;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_quiet = false;
}

bool ClientsPage::confirmLeavingForm()
{
    if (m_detail->currentIndex() == 0 || !m_form->isDirty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    m_form->isNew() ? tr("The new client has not been saved yet.")
                                    : tr("Your changes to this client have not been saved yet."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setInformativeText(tr("Save them now, discard them, or stay on this client."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return m_form->save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void ClientsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace msp::ui
