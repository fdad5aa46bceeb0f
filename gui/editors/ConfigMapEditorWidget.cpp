#include "gui/editors/ConfigMapEditorWidget.h"

#include "backend/cluster/ObjectClient.h"
#include "gui/editors/FormTablePage.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/FateRouteTableModel.h"
#include "model/editors/IngressTcpMapModel.h"
#include "model/editors/TimeSlicingModel.h"
#include "model/editors/YamlTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace fc {

using editors::ConfigMapForm;
using editors::ConfigMapModel;
using editors::FieldMessage;

ConfigMapEditorWidget::ConfigMapEditorWidget(editors::EditableDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ConfigMapModel(document, this))
{
    setObjectName(QStringLiteral("configMapEditorWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_immutable = new QLabel(this);
    m_immutable->setObjectName(QStringLiteral("immutableLabel"));
    m_immutable->setWordWrap(true);
    m_immutable->setStyleSheet(QStringLiteral("#immutableLabel { background: #eceff1; border: 1px solid #90a4ae; padding: 4px; }"));
    layout->addWidget(m_immutable);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("configMapTabWidget"));
    m_tabs->setDocumentMode(true);
    m_forms = editors::recogniseConfigMap(document->edited());
    for (const editors::RecognisedForm &form : std::as_const(m_forms)) {
        const bool ingress = form.form == ConfigMapForm::IngressTcpMap || form.form == ConfigMapForm::IngressUdpMap;
        if (!(ingress && m_ingress)) // one map per ConfigMap
            insertFormPage(m_tabs->count(), form);
    }
    m_tabs->addTab(buildKeysPage(), tr("Keys"));
    m_keys->view()->setAccessibleName(tr("Keys"));
    // a single page needs no tab bar
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    layout->addWidget(m_tabs, 1);

    connect(document, &editors::EditableDocument::editedChanged, this, [this] {
        updateReadOnly();
        refreshValueEditor();
    });
    updateReadOnly();
    findControllerMaps();
    if (m_model->rowCount() > 0)
        m_keys->view()->setCurrentIndex(m_model->index(0, ConfigMapModel::KeyColumn));
    showSelectedValue();
}

ConfigMapEditorWidget::~ConfigMapEditorWidget() = default;

QWidget *ConfigMapEditorWidget::buildKeysPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("keysSplitter"));
    m_keys = new FormTablePage(m_model, [this] { return m_model->lastError().message; }, QStringLiteral("keys"), splitter);
    auto *table = static_cast<QTableView *>(m_keys->view());
    table->setColumnWidth(ConfigMapModel::KeyColumn, 200);
    table->setColumnWidth(ConfigMapModel::ValueColumn, 260);
    m_addKey = new QPushButton(tr("&Add key"), m_keys);
    m_addKey->setObjectName(QStringLiteral("addKeyButton"));
    connect(m_addKey, &QPushButton::clicked, this, &ConfigMapEditorWidget::addKey);
    m_deleteKey = new QPushButton(tr("&Delete key"), m_keys);
    m_deleteKey->setObjectName(QStringLiteral("deleteKeyButton"));
    connect(m_deleteKey, &QPushButton::clicked, this, &ConfigMapEditorWidget::deleteSelectedKey);
    m_keys->buttons()->insertWidget(0, m_addKey);
    m_keys->buttons()->insertWidget(1, m_deleteKey);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current, const QModelIndex &previous) {
        if (current.row() != previous.row())
            showSelectedValue();
    });
    splitter->addWidget(m_keys);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_valueTitle = new QLabel(side);
    m_valueTitle->setObjectName(QStringLiteral("valueTitleLabel"));
    sideLayout->addWidget(m_valueTitle);
    m_value = new QPlainTextEdit(side);
    m_value->setObjectName(QStringLiteral("valueTextEdit"));
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_value->setAccessibleName(tr("Value of the selected key"));
    sideLayout->addWidget(m_value, 1);
    m_valueCheck = new QLabel(side);
    m_valueCheck->setObjectName(QStringLiteral("valueCheckLabel"));
    m_valueCheck->setWordWrap(true);
    sideLayout->addWidget(m_valueCheck);
    m_binaryPanel = new QWidget(side);
    auto *binaryLayout = new QVBoxLayout(m_binaryPanel);
    binaryLayout->setContentsMargins(0, 0, 0, 0);
    m_binaryLabel = new QLabel(m_binaryPanel);
    m_binaryLabel->setObjectName(QStringLiteral("binaryLabel"));
    m_binaryLabel->setWordWrap(true);
    binaryLayout->addWidget(m_binaryLabel);
    binaryLayout->addStretch(1);
    sideLayout->addWidget(m_binaryPanel, 1);
    auto *fileButtons = new QHBoxLayout;
    m_replaceFromFile = new QPushButton(tr("Replace from &file…"), side);
    m_replaceFromFile->setObjectName(QStringLiteral("replaceFromFileButton"));
    m_replaceFromFile->setToolTip(tr("The file's bytes become the value: text goes to data, anything else to binaryData"));
    m_saveToFile = new QPushButton(tr("&Save to file…"), side);
    m_saveToFile->setObjectName(QStringLiteral("saveToFileButton"));
    fileButtons->addWidget(m_replaceFromFile);
    fileButtons->addWidget(m_saveToFile);
    fileButtons->addStretch(1);
    sideLayout->addLayout(fileButtons);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // no nested event loop: the dialogs report through signals
    connect(m_replaceFromFile, &QPushButton::clicked, this, [this] {
        const QString key = selectedKey();
        if (key.isEmpty())
            return;
        auto *dialog = new QFileDialog(this, tr("Replace %1 from file").arg(key));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this, key](const QString &path) { reportResult(replaceFromFile(key, path)); });
        dialog->open();
    });
    connect(m_saveToFile, &QPushButton::clicked, this, [this] {
        const QString key = selectedKey();
        if (key.isEmpty())
            return;
        auto *dialog = new QFileDialog(this, tr("Save %1 to file").arg(key));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->selectFile(key);
        connect(dialog, &QFileDialog::fileSelected, this, [this, key](const QString &path) { reportResult(saveToFile(key, path)); });
        dialog->open();
    });

    m_commitTimer = new QTimer(this);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(400); // one undo step per pause in typing, not per key
    connect(m_commitTimer, &QTimer::timeout, this, &ConfigMapEditorWidget::commitValue);
    connect(m_value, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showingValue)
            return;
        checkValueNow();
        m_commitTimer->start();
    });
    return splitter;
}

QWidget *ConfigMapEditorWidget::buildIngressPage(const editors::RecognisedForm &form)
{
    const auto protocol = form.form == ConfigMapForm::IngressTcpMap ? editors::StreamProtocol::Tcp : editors::StreamProtocol::Udp;
    m_ingress = new editors::IngressTcpMapModel(m_document, protocol, this);
    auto *page = new FormTablePage(m_ingress, [this] { return m_ingress->lastError().message; }, QStringLiteral("ingressMap"), this);
    auto *table = static_cast<QTableView *>(page->view());
    table->horizontalHeader()->setSectionResizeMode(editors::IngressTcpMapModel::StatusColumn, QHeaderView::Stretch);
    auto *explain = new QLabel(tr("This is %1. Each row opens an external port on every node running the ingress controller and "
                                  "forwards it to a Service port. The controller also needs the port as a hostPort on its pods.")
                                   .arg(form.reason),
                               page);
    explain->setObjectName(QStringLiteral("ingressExplainLabel"));
    explain->setWordWrap(true);
    static_cast<QVBoxLayout *>(page->layout())->insertWidget(0, explain);

    auto *port = new QSpinBox(page);
    port->setObjectName(QStringLiteral("externalPortSpinBox"));
    port->setRange(1, 65535);
    port->setValue(8000);
    port->setPrefix(tr("port "));
    port->setAccessibleName(tr("External port"));
    // the live Services' ports are offered (loadIngressLiveLists); anything may still be typed
    m_target = new QComboBox(page);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setMinimumContentsLength(28);
    m_target->setAccessibleName(tr("Target"));
    m_target->lineEdit()->setObjectName(QStringLiteral("targetLineEdit"));
    m_target->lineEdit()->setPlaceholderText(tr("namespace/service:port"));
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_target->completer()->setFilterMode(Qt::MatchContains);
    QComboBox *target = m_target;
    auto *add = new QPushButton(tr("&Add mapping"), page);
    add->setObjectName(QStringLiteral("addMappingButton"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeMappingButton"));
    // the port's problem while it is chosen, not after Add
    connect(port, &QSpinBox::valueChanged, page, [this, page](int value) {
        const QString problem = m_ingress->portProblem(value);
        page->showMessage(problem.isEmpty() ? QString() : tr("Port %1: %2").arg(value).arg(problem));
    });
    connect(add, &QPushButton::clicked, page, [this, page, port, target] {
        const QString text = target->currentText().trimmed();
        const qsizetype slash = text.indexOf(u'/');
        const qsizetype colon = text.indexOf(u':', slash + 1);
        if (slash <= 0 || colon <= slash + 1 || colon == text.size() - 1) {
            page->showMessage(tr("Write the target as namespace/service:port, e.g. default/web:8080."));
            return;
        }
        const QStringList rest = text.mid(colon + 1).split(u':');
        bool decode = false, encode = false;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (rest.at(i).compare(QLatin1String("PROXY"), Qt::CaseInsensitive) != 0) {
                page->showMessage(tr("Only PROXY may follow the port, not \"%1\".").arg(rest.at(i)));
                return;
            }
            (i == 1 ? decode : encode) = true;
        }
        const Result<void> r = m_ingress->addEntry(port->value(), text.left(slash), text.mid(slash + 1, colon - slash - 1), rest.first(), decode, encode);
        if (!r) {
            page->showMessage(r.error().message);
            return;
        }
        target->clearEditText();
        const int row = m_ingress->rowOfPort(port->value());
        page->view()->setCurrentIndex(m_ingress->index(row, editors::IngressTcpMapModel::StatusColumn));
    });
    connect(remove, &QPushButton::clicked, page, [this, page] {
        const QModelIndex current = page->view()->currentIndex();
        if (!current.isValid())
            return;
        if (const Result<void> r = m_ingress->removeEntry(current.row()); !r)
            page->showMessage(r.error().message);
    });
    QHBoxLayout *buttons = page->buttons();
    buttons->insertWidget(0, port);
    buttons->insertWidget(1, target);
    buttons->insertWidget(2, add);
    buttons->insertWidget(3, remove);
    m_liveNote = new QLabel(page);
    m_liveNote->setObjectName(QStringLiteral("ingressLiveNote"));
    m_liveNote->setWordWrap(true);
    m_liveNote->hide();
    static_cast<QVBoxLayout *>(page->layout())->insertWidget(1, m_liveNote);
    loadIngressLiveLists();
    return page;
}

void ConfigMapEditorWidget::loadIngressLiveLists()
{
    // the live checks (Service exists, has the port, has a ready endpoint) need the cluster's
    // Services and EndpointSlices; without them rows are checked by grammar only, and the page
    // says why
    if (!m_document || !m_document->client())
        return;
    const auto refused = [this](const QString &what, const Error &error) {
        m_liveProblems << tr("%1 could not be listed, so rows are not checked against them: %2").arg(what, error.message);
        m_liveNote->setText(m_liveProblems.join(u'\n'));
        m_liveNote->show();
    };
    m_document->client()->list(ResourceType::of(Kind::Service), {}, this, [this, refused](const Result<QList<QJsonObject>> &r) {
        if (!m_ingress)
            return;
        if (!r)
            return refused(tr("Services"), r.error());
        QList<editors::LiveService> services;
        for (const QJsonObject &o : r.value())
            services << editors::liveServiceFromJson(o);
        m_ingress->setServices(services);
        // the add row's drop-down: every port of every Service of the map's protocol
        const QString protocol = m_ingress->protocol() == editors::StreamProtocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
        QStringList targets;
        for (const editors::LiveService &s : std::as_const(services))
            for (const editors::LiveServicePort &p : s.ports)
                if (p.protocol == protocol)
                    targets << QStringLiteral("%1/%2:%3").arg(s.namespace_, s.name).arg(p.port);
        targets.sort();
        const QString typed = m_target->currentText();
        m_target->clear();
        m_target->addItems(targets);
        m_target->setEditText(typed);
    });
    m_document->client()->list(endpointSliceType(), {}, this, [this, refused](const Result<QList<QJsonObject>> &r) {
        if (!m_ingress)
            return;
        if (!r)
            return refused(tr("EndpointSlices"), r.error());
        QList<editors::ServiceEndpoints> endpoints;
        for (const QJsonObject &o : r.value())
            endpoints << editors::serviceEndpointsFromJson(o);
        m_ingress->setEndpoints(endpoints);
    });
}

void ConfigMapEditorWidget::insertFormPage(int index, const editors::RecognisedForm &form)
{
    QWidget *page = nullptr;
    QString title;
    switch (form.form) {
    case ConfigMapForm::IngressTcpMap:
    case ConfigMapForm::IngressUdpMap:
        page = buildIngressPage(form);
        title = form.form == ConfigMapForm::IngressTcpMap ? tr("Ingress TCP ports") : tr("Ingress UDP ports");
        break;
    case ConfigMapForm::FateRouteTable:
        page = buildFatePage(form);
        title = tr("FATE routes (%1)").arg(form.key);
        break;
    case ConfigMapForm::TimeSlicing:
        page = buildTimeSlicingPage(form);
        title = tr("GPU time-slicing (%1)").arg(form.key);
        break;
    case ConfigMapForm::YamlTree:
        page = buildYamlTreePage(form);
        title = tr("Tree (%1)").arg(form.key);
        break;
    }
    page->setToolTip(form.reason);
    m_tabs->insertTab(index, page, title);
    // a screen reader announces the table by its tab's title
    if (auto *formPage = qobject_cast<FormTablePage *>(page))
        formPage->view()->setAccessibleName(title);
}

ResourceType ConfigMapEditorWidget::endpointSliceType()
{
    ResourceType t;
    t.group = QStringLiteral("discovery.k8s.io");
    t.version = QStringLiteral("v1");
    t.resource = QStringLiteral("endpointslices");
    t.kind = QStringLiteral("EndpointSlice");
    t.singular = QStringLiteral("endpointslice");
    t.verbs = {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
    return t;
}

void ConfigMapEditorWidget::findControllerMaps()
{
    // a map any ingress-nginx controller names with --tcp-services-configmap gets the form too,
    // whatever it is called; the controllers are DaemonSets or Deployments anywhere
    if (m_ingress || !m_document || !m_document->client())
        return;
    auto pending = std::make_shared<int>(2);
    auto refs = std::make_shared<QList<editors::StreamMapRef>>();
    for (Kind kind : {Kind::DaemonSet, Kind::Deployment}) {
        m_document->client()->list(ResourceType::of(kind), {}, this, [this, pending, refs](const Result<QList<QJsonObject>> &r) {
            if (r)
                for (const QJsonObject &w : r.value())
                    *refs += editors::streamMapsOfController(w);
            if (--*pending > 0 || m_ingress || !m_document)
                return;
            for (const editors::RecognisedForm &form : editors::recogniseConfigMap(m_document->edited(), *refs)) {
                if (form.form != ConfigMapForm::IngressTcpMap && form.form != ConfigMapForm::IngressUdpMap)
                    continue;
                m_forms.prepend(form);
                insertFormPage(0, form);
                m_tabs->tabBar()->setVisible(true);
                Q_EMIT formsChanged();
                break;
            }
        });
    }
}

QWidget *ConfigMapEditorWidget::buildFatePage(const editors::RecognisedForm &form)
{
    auto *model = new editors::FateRouteTableModel(m_document, form.key, this);
    auto *page = new FormTablePage(model, [model] { return model->lastError().message; }, QStringLiteral("fateRoutes"), this);
    auto *party = new QLineEdit(page);
    party->setObjectName(QStringLiteral("partyLineEdit"));
    party->setPlaceholderText(tr("party id"));
    auto *host = new QLineEdit(page);
    host->setObjectName(QStringLiteral("hostLineEdit"));
    host->setPlaceholderText(tr("host"));
    auto *port = new QSpinBox(page);
    port->setObjectName(QStringLiteral("routePortSpinBox"));
    port->setRange(1, 65535);
    port->setValue(9370);
    auto *allow = new QCheckBox(tr("Allow by default"), page);
    allow->setObjectName(QStringLiteral("defaultAllowCheckBox"));
    allow->setChecked(model->defaultAllow());
    auto *add = new QPushButton(tr("&Add route"), page);
    add->setObjectName(QStringLiteral("addRouteButton"));
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeRouteButton"));
    connect(add, &QPushButton::clicked, page, [model, page, party, host, port] {
        if (const Result<void> r = model->addRoute(party->text().trimmed(), QStringLiteral("default"), host->text().trimmed(), port->value()); !r)
            page->showMessage(r.error().message);
    });
    connect(remove, &QPushButton::clicked, page, [model, page] {
        if (page->view()->currentIndex().isValid())
            if (const Result<void> r = model->removeRoute(page->view()->currentIndex().row()); !r)
                page->showMessage(r.error().message);
    });
    connect(allow, &QCheckBox::toggled, page, [model, page, allow](bool on) {
        if (const Result<void> r = model->setDefaultAllow(on); !r) {
            page->showMessage(r.error().message);
            const QSignalBlocker block(allow);
            allow->setChecked(model->defaultAllow());
        }
    });
    connect(model, &QAbstractItemModel::modelReset, allow, [model, allow] {
        const QSignalBlocker block(allow);
        allow->setChecked(model->defaultAllow());
    });
    if (model->parseError())
        page->showMessage(tr("%1 does not parse: %2").arg(form.key, model->parseError()->toString()));
    QHBoxLayout *buttons = page->buttons();
    buttons->insertWidget(0, party);
    buttons->insertWidget(1, host);
    buttons->insertWidget(2, port);
    buttons->insertWidget(3, add);
    buttons->insertWidget(4, remove);
    buttons->addWidget(allow);
    return page;
}

QWidget *ConfigMapEditorWidget::buildTimeSlicingPage(const editors::RecognisedForm &form)
{
    auto *model = new editors::TimeSlicingModel(m_document, form.key, this);
    auto *page = new FormTablePage(model, [model] { return model->lastError().message; }, QStringLiteral("timeSlicing"), this);
    auto *rename = new QCheckBox(tr("Rename by default (….shared)"), page);
    rename->setObjectName(QStringLiteral("renameByDefaultCheckBox"));
    auto *fail = new QCheckBox(tr("Fail requests greater than one"), page);
    fail->setObjectName(QStringLiteral("failRequestsCheckBox"));
    auto sync = [model, rename, fail] {
        const QSignalBlocker b1(rename), b2(fail);
        rename->setChecked(model->renameByDefault());
        fail->setChecked(model->failRequestsGreaterThanOne());
    };
    sync();
    connect(m_document, &editors::EditableDocument::editedChanged, page, sync);
    connect(rename, &QCheckBox::toggled, page, [model, page, sync](bool on) {
        if (const Result<void> r = model->setRenameByDefault(on); !r) {
            page->showMessage(r.error().message);
            sync();
        }
    });
    connect(fail, &QCheckBox::toggled, page, [model, page, sync](bool on) {
        if (const Result<void> r = model->setFailRequestsGreaterThanOne(on); !r) {
            page->showMessage(r.error().message);
            sync();
        }
    });
    auto *add = new QPushButton(tr("&Add resource"), page);
    add->setObjectName(QStringLiteral("addSharedResourceButton"));
    connect(add, &QPushButton::clicked, page, [model, page] {
        if (const Result<void> r = model->addResource(QStringLiteral("nvidia.com/gpu"), 4); !r)
            page->showMessage(r.error().message);
    });
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeSharedResourceButton"));
    connect(remove, &QPushButton::clicked, page, [model, page] {
        if (page->view()->currentIndex().isValid())
            if (const Result<void> r = model->removeResource(page->view()->currentIndex().row()); !r)
                page->showMessage(r.error().message);
    });
    if (model->parseError())
        page->showMessage(tr("%1 does not parse: %2").arg(form.key, model->parseError()->toString()));
    QHBoxLayout *buttons = page->buttons();
    buttons->insertWidget(0, rename);
    buttons->insertWidget(1, fail);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    return page;
}

QWidget *ConfigMapEditorWidget::buildYamlTreePage(const editors::RecognisedForm &form)
{
    auto *model = new editors::YamlTreeModel(m_document, form.key, this);
    auto *tree = new QTreeView;
    tree->setObjectName(QStringLiteral("yamlTreeView"));
    tree->setAlternatingRowColors(true);
    auto *page = new FormTablePage(tree, model, [model] { return model->lastError().message; }, QStringLiteral("yamlTree"), this);
    tree->expandAll();
    tree->header()->resizeSection(editors::YamlTreeModel::KeyColumn, 260);
    connect(model, &QAbstractItemModel::modelReset, tree, &QTreeView::expandAll);
    auto *remove = new QPushButton(tr("&Remove entry"), page);
    remove->setObjectName(QStringLiteral("removeTreeEntryButton"));
    connect(remove, &QPushButton::clicked, page, [model, page] {
        if (page->view()->currentIndex().isValid())
            if (const Result<void> r = model->removeNode(page->view()->currentIndex()); !r)
                page->showMessage(r.error().message);
    });
    if (model->parseError())
        page->showMessage(tr("%1 does not parse: %2").arg(form.key, model->parseError()->toString()));
    page->buttons()->addWidget(remove);
    return page;
}

QString ConfigMapEditorWidget::blockingProblem() const
{
    // values that do not parse are warnings: the server takes them
    for (const FieldMessage &m : m_model->messages())
        if (m.severity == FieldMessage::Severity::Error)
            return QStringLiteral("%1: %2").arg(editors::pathText(m.path), m.message);
    return {};
}

QString ConfigMapEditorWidget::selectedKey() const
{
    const QModelIndex current = m_keys->view()->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()) : QString();
}

void ConfigMapEditorWidget::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    m_tabs->setCurrentWidget(m_keys->parentWidget());
    m_keys->view()->setCurrentIndex(m_model->index(row, ConfigMapModel::KeyColumn));
}

QString ConfigMapEditorWidget::valueText() const
{
    return m_value->toPlainText();
}

QString ConfigMapEditorWidget::valueCheckText() const
{
    return m_valueCheck->text();
}

QString ConfigMapEditorWidget::keysMessage() const
{
    return m_keys->message();
}

void ConfigMapEditorWidget::showSelectedValue()
{
    // the previous key's pending text first: switching rows never drops typing
    if (m_commitTimer->isActive()) {
        m_commitTimer->stop();
        commitValue();
    }
    m_valueKey = selectedKey();
    refreshValueEditor();
}

void ConfigMapEditorWidget::refreshValueEditor()
{
    if (!m_valueKey.isEmpty() && m_model->rowOf(m_valueKey) < 0)
        m_valueKey = selectedKey(); // renamed or deleted (also by an undo)
    const bool have = !m_valueKey.isEmpty();
    const bool binary = have && m_model->isBinary(m_valueKey);
    m_valueTitle->setText(have ? tr("Value of <b>%1</b>").arg(m_valueKey.toHtmlEscaped()) : tr("Select a key to see its value."));
    m_value->setVisible(!binary);
    m_valueCheck->setVisible(!binary);
    m_binaryPanel->setVisible(binary);
    m_replaceFromFile->setEnabled(have && !m_model->isImmutable());
    m_saveToFile->setEnabled(have);
    if (binary) {
        const int row = m_model->rowOf(m_valueKey);
        m_binaryLabel->setText(tr("%1 — binary data (binaryData), not shown as text. Save it to a file to look at it, or replace it from a file.")
                                   .arg(m_model->data(m_model->index(row, ConfigMapModel::ValueColumn)).toString()));
        return;
    }
    if (m_commitTimer->isActive())
        return; // the user is typing: the text on screen is newer than the model
    const QString text = have ? m_model->text(m_valueKey) : QString();
    if (text != m_value->toPlainText()) {
        m_showingValue = true;
        m_value->setPlainText(text);
        m_showingValue = false;
    }
    checkValueNow();
}

void ConfigMapEditorWidget::checkValueNow()
{
    if (m_valueKey.isEmpty()) {
        m_valueCheck->clear();
        return;
    }
    const editors::ValueCheck check = editors::checkValue(m_valueKey, m_value->toPlainText());
    if (check.syntax == editors::ValueCheck::Syntax::None) {
        m_valueCheck->setText(tr("Plain text"));
        m_valueCheck->setStyleSheet(QStringLiteral("color: gray;"));
        return;
    }
    m_valueCheck->setText(check.ok ? tr("%1: valid").arg(check.summary()) : check.summary());
    m_valueCheck->setStyleSheet(check.ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
}

void ConfigMapEditorWidget::commitValue()
{
    if (m_valueKey.isEmpty() || m_model->isBinary(m_valueKey) || m_model->text(m_valueKey) == m_value->toPlainText())
        return;
    reportResult(m_model->setValue(m_valueKey, m_value->toPlainText()));
}

void ConfigMapEditorWidget::addKey()
{
    QString key;
    for (int n = 1; key.isEmpty() || m_model->rowOf(key) >= 0; ++n)
        key = QStringLiteral("key-%1").arg(n);
    if (const Result<void> r = m_model->addKey(key); !r) {
        reportResult(r);
        return;
    }
    const QModelIndex index = m_model->index(m_model->rowOf(key), ConfigMapModel::KeyColumn);
    m_keys->view()->setCurrentIndex(index);
    m_keys->view()->edit(index); // the name is what the user wants to change first
}

void ConfigMapEditorWidget::deleteSelectedKey()
{
    const QString key = selectedKey();
    if (!key.isEmpty())
        reportResult(m_model->removeKey(key));
}

Result<void> ConfigMapEditorWidget::replaceFromFile(const QString &key, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.size() > editors::configmap::kMaxTotalBytes)
        return makeError(tr("%1 is %2 bytes: a ConfigMap holds at most 1 MiB.").arg(path).arg(bytes.size()));
    Result<void> r = m_model->replaceFromFile(key, bytes);
    if (r)
        refreshValueEditor();
    return r;
}

Result<void> ConfigMapEditorWidget::saveToFile(const QString &key, const QString &path) const
{
    if (m_model->rowOf(key) < 0)
        return makeError(tr("There is no key %1.").arg(key));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_model->bytes(key)) < 0 || !file.flush())
        return makeError(tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

void ConfigMapEditorWidget::updateReadOnly()
{
    const bool immutable = m_model->isImmutable();
    m_immutable->setVisible(immutable);
    if (immutable && m_document)
        m_immutable->setText(tr("Read-only: %1").arg(editors::configmap::immutableError(m_document->edited()).message));
    m_keys->view()->setEditTriggers(immutable ? QAbstractItemView::NoEditTriggers
                                              : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                    | QAbstractItemView::AnyKeyPressed);
    m_addKey->setEnabled(!immutable);
    m_deleteKey->setEnabled(!immutable);
    m_value->setReadOnly(immutable);
    m_replaceFromFile->setEnabled(!immutable && !selectedKey().isEmpty());
}

void ConfigMapEditorWidget::reportResult(const Result<void> &result)
{
    if (!result)
        m_keys->showMessage(result.error().message);
}

} // namespace fc
