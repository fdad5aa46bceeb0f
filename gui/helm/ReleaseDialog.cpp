#include "gui/helm/ReleaseDialog.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/YamlCodec.h"
#include "backend/core/TaskRunner.h"
#include "backend/helm/ChartFiles.h"
#include "backend/helm/HelmRelease.h"
#include "backend/helm/ReleaseDecoder.h"
#include "backend/helm/SetValues.h"
#include "gui/editors/YamlHighlighter.h"
#include "model/editors/TextDiff.h"
#include "model/helm/RenderedDiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {

QPlainTextEdit *codeView(const QString &objectName, QWidget *parent, bool readOnly)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setReadOnly(readOnly);
    return edit;
}

} // namespace

ReleaseDialog::ReleaseDialog(Mode mode, const HelmCli &helm, const ResolvedContext &context, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_helm(helm), m_context(context)
{
    setObjectName(mode == Mode::Install ? QStringLiteral("installDialog") : QStringLiteral("upgradeDialog"));
    setWindowTitle(mode == Mode::Install ? tr("Install a Helm chart") : tr("Upgrade a Helm release"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_chart = new QLineEdit(this);
    m_chart->setObjectName(QStringLiteral("chartLineEdit"));
    m_chart->setPlaceholderText(tr("chart directory, chart.tgz, repo/chart or oci://registry/chart"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("chartVersionLineEdit"));
    m_version->setPlaceholderText(tr("latest"));
    m_release = new QLineEdit(this);
    m_release->setObjectName(QStringLiteral("releaseLineEdit"));
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("namespaceLineEdit"));
    m_namespace->setText(QStringLiteral("default"));
    m_createNamespace = new QCheckBox(tr("Create the namespace if missing"), this);
    m_createNamespace->setObjectName(QStringLiteral("createNamespaceCheckBox"));
    form->addRow(tr("&Chart:"), m_chart);
    m_chartInfo = new QLabel(this);
    m_chartInfo->setObjectName(QStringLiteral("chartInfoLabel"));
    m_chartInfo->setWordWrap(true);
    m_chartInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_chartInfo);
    form->addRow(tr("Chart &version:"), m_version);
    form->addRow(tr("&Release name:"), m_release);
    auto *nsRow = new QHBoxLayout;
    nsRow->addWidget(m_namespace, 1);
    nsRow->addWidget(m_createNamespace);
    auto *nsLabel = new QLabel(tr("&Namespace:"), this); // a layout row takes no buddy by itself
    nsLabel->setBuddy(m_namespace);
    form->addRow(nsLabel, nsRow);
    if (mode == Mode::Upgrade) {
        m_release->setReadOnly(true);
        m_namespace->setReadOnly(true);
        m_createNamespace->hide();
        // no "helm's default": which one applies depends on whether values are given (lens#4764)
        m_valuesMode = new QComboBox(this);
        m_valuesMode->setObjectName(QStringLiteral("valuesModeComboBox"));
        m_valuesMode->addItem(tr("Reuse the current values, the ones below merged over them (--reuse-values)"), int(HelmValuesMode::Reuse));
        m_valuesMode->addItem(tr("Reset to the chart's defaults plus the values below (--reset-values)"), int(HelmValuesMode::Reset));
        m_valuesMode->addItem(tr("New chart defaults, then the current values, then the ones below (--reset-then-reuse-values)"),
                              int(HelmValuesMode::ResetThenReuse));
        form->addRow(tr("Current &values:"), m_valuesMode);
        connect(m_valuesMode, &QComboBox::currentIndexChanged, this, qOverload<>(&ReleaseDialog::updateDiff));
    }
    auto *waitRow = new QHBoxLayout;
    m_wait = new QCheckBox(tr("&Wait until the objects are ready"), this);
    m_wait->setObjectName(QStringLiteral("waitCheckBox"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setRange(10, 3600);
    m_timeout->setValue(300);
    m_timeout->setSuffix(tr(" s"));
    waitRow->addWidget(m_wait);
    waitRow->addWidget(new QLabel(tr("timeout:"), this));
    waitRow->addWidget(m_timeout);
    waitRow->addStretch(1);
    form->addRow(QString(), waitRow);
    layout->addLayout(form);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("releaseDialogTabWidget"));
    auto *valuesPage = new QWidget(tabs);
    auto *valuesLayout = new QVBoxLayout(valuesPage);
    m_values = codeView(QStringLiteral("valuesTextEdit"), valuesPage, false);
    m_values->setAccessibleName(tr("Values (YAML)"));
    m_values->setTabChangesFocus(true); // YAML has no tabs; Tab moves on
    m_values->setPlaceholderText(tr("# values YAML, handed to helm on stdin (-f -)"));
    new YamlHighlighter(m_values->document());
    m_valuesError = new QLabel(valuesPage);
    m_valuesError->setObjectName(QStringLiteral("valuesErrorLabel"));
    m_valuesError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_valuesError->setWordWrap(true);
    m_valuesError->hide();
    m_setRows = new QTableWidget(0, 1, valuesPage);
    m_setRows->setObjectName(QStringLiteral("setRowsTableWidget"));
    m_setRows->setHorizontalHeaderLabels({tr("--set key=value (visible to local users: no secrets here)")});
    m_setRows->horizontalHeader()->setStretchLastSection(true);
    m_setRows->verticalHeader()->hide();
    m_setRows->setMaximumHeight(110);
    m_setRows->setAccessibleName(tr("--set rows"));
    m_setRows->setTabKeyNavigation(false);
    auto *setButtons = new QHBoxLayout;
    auto *addSet = new QPushButton(tr("Add --set row"), valuesPage);
    addSet->setObjectName(QStringLiteral("addSetRowButton"));
    auto *removeSet = new QPushButton(tr("Remove row"), valuesPage);
    removeSet->setObjectName(QStringLiteral("removeSetRowButton"));
    setButtons->addWidget(addSet);
    setButtons->addWidget(removeSet);
    setButtons->addStretch(1);
    connect(addSet, &QPushButton::clicked, this, [this] {
        m_setRows->insertRow(m_setRows->rowCount());
        m_setRows->setItem(m_setRows->rowCount() - 1, 0, new QTableWidgetItem);
        m_setRows->editItem(m_setRows->item(m_setRows->rowCount() - 1, 0));
    });
    connect(removeSet, &QPushButton::clicked, this, [this] {
        if (m_setRows->currentRow() >= 0)
            m_setRows->removeRow(m_setRows->currentRow());
        checkValues();
    });
    // the rows are part of the values checked and diffed
    connect(m_setRows, &QTableWidget::itemChanged, this, [this] { checkValues(); });
    valuesLayout->addWidget(m_values, 1);
    valuesLayout->addWidget(m_valuesError);
    valuesLayout->addWidget(m_setRows);
    valuesLayout->addLayout(setButtons);
    tabs->addTab(valuesPage, tr("Values"));
    if (mode == Mode::Upgrade) {
        m_diff = codeView(QStringLiteral("valuesDiffTextEdit"), tabs, true);
        new YamlHighlighter(m_diff->document(), YamlHighlighter::Mode::Diff);
        tabs->addTab(m_diff, tr("User values diff"));
    }
    m_defaultsDiff = codeView(QStringLiteral("defaultsDiffTextEdit"), tabs, true);
    new YamlHighlighter(m_defaultsDiff->document(), YamlHighlighter::Mode::Diff);
    tabs->addTab(m_defaultsDiff, tr("Chart defaults diff"));
    auto *previewPage = new QWidget(tabs);
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_previewButton = new QPushButton(tr("&Dry run"), previewPage);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("helm %1 --dry-run: the objects helm would apply, nothing changes").arg(mode == Mode::Install ? QStringLiteral("install")
                                                                                                                                  : QStringLiteral("upgrade")));
    m_previewText = codeView(QStringLiteral("previewTextEdit"), previewPage, true);
    new YamlHighlighter(m_previewText->document());
    previewLayout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    previewLayout->addWidget(m_previewText, 1);
    tabs->addTab(previewPage, tr("Dry-run preview"));
    m_liveDiff = codeView(QStringLiteral("liveDiffTextEdit"), tabs, true);
    new YamlHighlighter(m_liveDiff->document(), YamlHighlighter::Mode::Diff);
    m_liveDiff->setPlaceholderText(tr("After a dry run: each rendered object against the one in the cluster (new, changed, unchanged)."));
    tabs->addTab(m_liveDiff, tr("Against the cluster"));
    m_tabs = tabs;
    layout->addWidget(tabs, 1);
    connect(m_previewButton, &QPushButton::clicked, this, &ReleaseDialog::preview);

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(mode == Mode::Install ? tr("&Install") : tr("&Upgrade"), QDialogButtonBox::AcceptRole);
    m_action->setObjectName(mode == Mode::Install ? QStringLiteral("installButton") : QStringLiteral("upgradeButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // checked shortly after typing stops, not per key (a 2,000-line values file parses in ms, but still)
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &ReleaseDialog::checkValues);
    connect(m_values, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_chart, m_release, m_namespace})
        connect(edit, &QLineEdit::textChanged, this, &ReleaseDialog::updateActionButton);
    m_tasks = new TaskRunner(this);
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(300); // a path being typed is read once typing pauses
    connect(m_chartTimer, &QTimer::timeout, this, &ReleaseDialog::loadChart);
    connect(m_chart, &QLineEdit::textChanged, this, [this] {
        m_chartLoading = true;
        m_chartTimer->start();
    });
    connect(m_version, &QLineEdit::textChanged, this, [this] {
        if (isLocalChart(m_chart->text().trimmed()))
            return; // a folder or .tgz is what it is: the version field is for fetched charts
        m_chartLoading = true;
        m_chartTimer->start();
    });
    resize(820, 700);
    checkValues();
}

void ReleaseDialog::setChart(const QString &chart)
{
    m_chart->setText(chart);
    loadChart(); // at once: callers (and tests) wait for chartLoaded()
}

void ReleaseDialog::loadChart()
{
    m_chartTimer->stop();
    if (m_pull) { // a fetch for what the field said before: stopped, and gone once helm is
        HelmRun *old = m_pull;
        m_pull = nullptr;
        old->disconnect(this);
        connect(old, &HelmRun::finished, old, &QObject::deleteLater);
        old->cancel();
    }
    const QString reference = m_chart->text().trimmed();
    const int request = ++m_chartRequest;
    if (isLocalChart(reference)) {
        readChart(reference, reference, request, {});
        return;
    }
    m_loadedChart = reference;
    m_chartDefaults = {};
    m_schema.reset();
    const bool looksLikePath = reference.startsWith(u'/') || reference.startsWith(u'.') || reference.startsWith(u'~')
                               || reference.endsWith(QStringLiteral(".tgz")) || reference.endsWith(QStringLiteral(".tar.gz"));
    const bool remote = reference.startsWith(QStringLiteral("oci://")) || (!looksLikePath && reference.contains(u'/'));
    std::shared_ptr<QTemporaryDir> folder;
    Result<HelmCommand> pull = makeError(QString());
    if (remote && !m_helm.program().isEmpty()) {
        // helm fetches it (its repositories, registries and credentials) into a folder of ours
        folder = std::make_shared<QTemporaryDir>(m_helm.tempDirectory() + QStringLiteral("/fedconsole-chart-XXXXXX"));
        if (folder->isValid())
            pull = m_helm.pull(reference, m_version->text().trimmed(), {}, folder->path());
    }
    if (!pull) {
        if (reference.isEmpty())
            m_chartInfo->clear();
        else if (looksLikePath && !reference.startsWith(QStringLiteral("oci://")))
            m_chartInfo->setText(tr("No chart folder or packaged chart at %1.").arg(reference));
        else if (remote)
            m_chartInfo->setText(tr("No helm to fetch %1 with: its values are checked when helm runs.").arg(reference));
        else
            m_chartInfo->setText(tr("Not a chart folder, a .tgz, repo/chart or oci://…: helm checks the values when it runs."));
        m_chartLoading = false;
        checkValues();
        Q_EMIT chartLoaded();
        return;
    }
    m_chartLoading = true;
    m_chartInfo->setText(tr("Fetching %1 with helm pull to read its defaults and values.schema.json…").arg(reference));
    updateActionButton();
    m_pull = m_helm.start(*pull, m_context, this, 120000);
    connect(m_pull, &HelmRun::finished, this, [this, request, reference, folder](const HelmResult &result) {
        m_pull->deleteLater();
        m_pull = nullptr;
        if (request != m_chartRequest)
            return;
        const QStringList packages = QDir(folder->path()).entryList({QStringLiteral("*.tgz")}, QDir::Files);
        if (!result.ok || packages.size() != 1) {
            m_chartInfo->setText(tr("Could not fetch %1 to check the values against its schema (%2): helm checks them when it runs.")
                                     .arg(reference, result.ok ? tr("helm pull wrote no chart") : result.summary));
            m_chartLoading = false;
            checkValues();
            Q_EMIT chartLoaded();
            return;
        }
        // the folder goes when the read is done (the last copy of `folder` is the task's)
        readChart(folder->filePath(packages.first()), reference, request, folder);
    });
}

void ReleaseDialog::readChart(const QString &path, const QString &reference, int request, std::shared_ptr<QTemporaryDir> folder)
{
    m_chartLoading = true;
    m_chartInfo->setText(tr("Reading %1…").arg(reference));
    updateActionButton();
    struct Loaded {
        Result<ChartFiles> files = Error{};
        Result<QJsonObject> defaults = QJsonObject();
        Result<ValuesSchema> schema = Error{};
    };
    const bool pulled = folder != nullptr;
    m_tasks->run<Loaded>(
        this,
        [path, folder = std::move(folder)] {
            Loaded out;
            out.files = readChartFiles(path);
            if (out.files) {
                if (!out.files->valuesYaml.trimmed().isEmpty())
                    out.defaults = yaml::toObject(out.files->valuesYaml);
                if (!out.files->valuesSchema.isEmpty())
                    out.schema = ValuesSchema::parse(out.files->valuesSchema);
            }
            return out;
        },
        [this, request, reference, pulled](Loaded loaded) {
            if (request != m_chartRequest)
                return; // the field changed since: a newer read is on its way
            m_loadedChart = reference;
            m_chartDefaults = {};
            m_schema.reset();
            QStringList info;
            if (!loaded.files) {
                info << tr("Cannot read the chart: %1").arg(loaded.files.error().message);
            } else {
                info << (pulled ? tr("%1 %2, fetched with helm pull") : tr("%1 %2")).arg(loaded.files->name, loaded.files->version);
                if (!loaded.defaults)
                    info << tr("its values.yaml does not parse (%1)").arg(loaded.defaults.error().toString());
                else
                    m_chartDefaults = loaded.defaults.value();
                if (loaded.files->valuesSchema.isEmpty())
                    info << tr("no values.schema.json");
                else if (!loaded.schema)
                    info << tr("its values.schema.json is not usable (%1): helm will refuse it too").arg(loaded.schema.error().message);
                else {
                    m_schema = loaded.schema.value();
                    info << tr("values checked against its values.schema.json");
                }
            }
            m_chartInfo->setText(info.join(QStringLiteral(" · ")));
            m_chartLoading = false;
            checkValues();
            Q_EMIT chartLoaded();
        });
}

QString ReleaseDialog::defaultsDiffText() const { return m_defaultsDiff->toPlainText(); }

QString ReleaseDialog::chartInfo() const { return m_chartInfo->text(); }

void ReleaseDialog::setChartPlaceholder(const QString &text) { m_chart->setPlaceholderText(text); }

void ReleaseDialog::setCreateNamespace(bool create) { m_createNamespace->setChecked(create); }

void ReleaseDialog::setRelease(const QString &name, const QString &namespace_)
{
    m_release->setText(name);
    m_namespace->setText(namespace_);
}

void ReleaseDialog::setValuesText(const QString &yaml)
{
    m_values->setPlainText(yaml);
    checkValues(); // at once: callers (and tests) read valuesError() next
}

QString ReleaseDialog::valuesText() const { return m_values->toPlainText(); }

void ReleaseDialog::setSetRows(const QStringList &rows)
{
    m_setRows->setRowCount(0);
    for (const QString &row : rows) {
        m_setRows->insertRow(m_setRows->rowCount());
        m_setRows->setItem(m_setRows->rowCount() - 1, 0, new QTableWidgetItem(row));
    }
    checkValues();
}

void ReleaseDialog::setWait(bool wait, int timeoutSeconds)
{
    m_wait->setChecked(wait);
    m_timeout->setValue(timeoutSeconds);
}

void ReleaseDialog::setCurrentValues(const QJsonObject &userValues, int revision)
{
    m_currentValues = userValues;
    m_currentRevision = revision;
    updateDiff();
}

void ReleaseDialog::setValuesMode(HelmValuesMode mode)
{
    if (m_valuesMode)
        m_valuesMode->setCurrentIndex(std::max(0, m_valuesMode->findData(int(mode))));
}

QString ReleaseDialog::valuesError() const { return m_valuesError->isVisible() || !m_valuesError->text().isEmpty() ? m_valuesError->text() : QString(); }

QString ReleaseDialog::diffText() const { return m_diff ? m_diff->toPlainText() : QString(); }

QString ReleaseDialog::previewText() const { return m_previewText->toPlainText(); }

ReleaseDialog::~ReleaseDialog() = default;

QString ReleaseDialog::liveDiffText() const { return m_liveDiff->toPlainText(); }

void ReleaseDialog::setLiveCluster(ClusterConnection *connection)
{
    m_renderedDiff.reset();
    m_connection = connection;
    m_client = connection ? std::make_unique<ObjectClient>(connection) : nullptr;
}

void ReleaseDialog::setCurrentManifest(const QString &manifest) { m_currentManifest = manifest; }

void ReleaseDialog::showLiveDiff()
{
    m_tabs->setCurrentWidget(m_liveDiff);
}

void ReleaseDialog::checkValues()
{
    m_checkTimer->stop();
    const Result<QJsonObject> values = typedValues();
    QString message = values ? QString() : values.error().message;
    const QJsonObject typed = values ? values.value() : QJsonObject();
    if (message.isEmpty() && m_schema) {
        // helm validates the chart's defaults with the user's values (file, then --set rows) over them
        const QList<SchemaViolation> violations = ValuesSchema::validateMerged(*m_schema, m_chartDefaults, typed);
        QStringList lines;
        for (const SchemaViolation &v : violations)
            lines << (v.path.isEmpty() ? QStringLiteral("/") : v.path) + QStringLiteral(": ") + v.message;
        if (!lines.isEmpty())
            message = tr("The chart's values.schema.json refuses these values:\n%1").arg(lines.join(u'\n'));
    }
    m_valuesError->setText(message);
    if (typed.isEmpty() && !message.isEmpty() && !m_schema)
        m_defaultsDiff->setPlainText(tr("# the values YAML has an error: no diff until it is fixed"));
    else
        updateDefaultsDiff(typed);
    m_valuesError->setVisible(!message.isEmpty());
    updateActionButton();
    updateDiff(typed);
}

Result<QJsonObject> ReleaseDialog::typedValues() const
{
    const QString text = m_values->toPlainText();
    QJsonObject typed;
    if (!text.trimmed().isEmpty()) {
        // toObject also insists on a mapping at the top, as helm does
        const auto parsed = yaml::toObject(text.toUtf8());
        if (!parsed) {
            const Error &e = parsed.error();
            return makeError(e.line > 0 ? tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message) : e.message);
        }
        typed = parsed.value();
    }
    // helm applies the --set rows over the values file
    return applySetRows(typed, options().values.setRows);
}

void ReleaseDialog::updateDiff()
{
    const Result<QJsonObject> values = typedValues();
    updateDiff(values ? values.value() : QJsonObject());
}

void ReleaseDialog::updateDiff(const QJsonObject &typed)
{
    if (!m_diff)
        return;
    if (!m_valuesError->text().isEmpty()) {
        m_diff->setPlainText(tr("# the values YAML has an error: no diff until it is fixed"));
        return;
    }
    const auto mode = m_valuesMode ? HelmValuesMode(m_valuesMode->currentData().toInt()) : HelmValuesMode::Reuse;
    // what helm stores as the new revision's user values (`helm get values`)
    const QJsonObject next = mode == HelmValuesMode::Reset ? typed : mergeValues(m_currentValues, typed);
    const QString diff = editors::unifiedYamlDiff(m_currentValues, next);
    const QString header = tr("# user values: revision %1 → after the upgrade (--set rows included)\n").arg(m_currentRevision);
    m_diff->setPlainText(header + (diff.isEmpty() ? tr("# no change\n") : diff));
}

void ReleaseDialog::updateDefaultsDiff(const QJsonObject &typed)
{
    if (m_loadedChart.isEmpty() || m_chartDefaults.isEmpty()) {
        m_defaultsDiff->setPlainText(m_loadedChart.isEmpty() ? tr("# no chart yet")
                                                             : tr("# the chart's defaults are not known here (see above the tabs)"));
        return;
    }
    const QString diff = editors::unifiedYamlDiff(m_chartDefaults, mergeValues(m_chartDefaults, typed));
    m_defaultsDiff->setPlainText(tr("# the chart's defaults → the values helm computes from them and yours (--set rows included)\n")
                                 + (diff.isEmpty() ? tr("# your values change nothing\n") : diff));
}

void ReleaseDialog::updateActionButton()
{
    const bool ok = !m_chartLoading && m_valuesError->text().isEmpty() && !m_chart->text().trimmed().isEmpty() && !m_release->text().trimmed().isEmpty()
                    && !m_namespace->text().trimmed().isEmpty();
    m_action->setEnabled(ok);
    m_previewButton->setEnabled(ok && !m_preview);
}

HelmInstallOptions ReleaseDialog::options() const
{
    HelmInstallOptions o;
    o.release = m_release->text().trimmed();
    o.chart = m_chart->text().trimmed();
    o.chartVersion = m_version->text().trimmed();
    o.namespace_ = m_namespace->text().trimmed();
    o.createNamespace = m_mode == Mode::Install && m_createNamespace->isChecked();
    o.values.yaml = m_values->toPlainText().toUtf8();
    for (int r = 0; r < m_setRows->rowCount(); ++r)
        if (const QTableWidgetItem *item = m_setRows->item(r, 0); item && !item->text().trimmed().isEmpty())
            o.values.setRows << item->text().trimmed();
    if (m_wait->isChecked()) {
        o.wait = HelmWait::Watcher;
        o.timeoutSeconds = m_timeout->value();
    }
    if (m_valuesMode)
        o.valuesMode = HelmValuesMode(m_valuesMode->currentData().toInt());
    return o;
}

void ReleaseDialog::preview()
{
    if (m_preview)
        return;
    HelmInstallOptions o = options();
    o.dryRun = HelmDryRun::Server;
    o.wait = HelmWait::None;
    o.jsonOutput = true; // the manifest as data, for the diff against the cluster
    const auto command = m_mode == Mode::Install ? m_helm.install(o) : m_helm.upgrade(o);
    if (!command) {
        m_previewText->setPlainText(command.error().toString());
        return;
    }
    m_previewText->setPlainText(tr("# helm %1 --dry-run …").arg(command->verb));
    m_preview = m_helm.start(command.value(), m_context, this);
    m_liveDiff->clear();
    connect(m_preview, &HelmRun::finished, this, [this, namespace_ = o.namespace_](const HelmResult &r) {
        if (m_preview)
            m_preview->deleteLater();
        m_preview = nullptr;
        updateActionButton();
        if (!r.ok) {
            m_previewText->setPlainText(r.summary + QStringLiteral("\n\n") + r.stderrText);
            return;
        }
        const Result<HelmRelease> release = ReleaseDecoder::decodeJson(r.stdoutData);
        if (!release) {
            // not the JSON asked for (a plugin's wrapper, a warning first): what helm said
            m_previewText->setPlainText(QString::fromUtf8(r.stdoutData));
            return;
        }
        QString text = release->manifest;
        for (const HelmHook &hook : release->hooks)
            text += QStringLiteral("---\n# hook %1 (%2)\n").arg(hook.path, hook.events.join(QStringLiteral(", "))) + hook.manifest + u'\n';
        if (!release->notes.isEmpty())
            text += QStringLiteral("\n# NOTES\n# ") + QString(release->notes).replace(u'\n', QStringLiteral("\n# ")) + u'\n';
        m_previewText->setPlainText(text);
        if (!m_client) {
            m_liveDiff->setPlainText(tr("# not compared: no connection to the cluster"));
            return;
        }
        m_liveDiff->setPlainText(tr("# comparing each object with the cluster (dry runs, nothing is written)…"));
        m_renderedDiff = std::make_unique<RenderedDiff>(m_client.get(), m_connection->kinds());
        connect(m_renderedDiff.get(), &RenderedDiff::finished, this, [this] {
            m_liveDiff->setPlainText(m_renderedDiff->text());
            Q_EMIT liveDiffFinished();
        });
        m_renderedDiff->start(release->manifest, m_currentManifest, namespace_);
    });
    updateActionButton();
}

void ReleaseDialog::submit()
{
    checkValues();
    if (!m_action->isEnabled())
        return;
    Q_EMIT submitted(options());
    accept();
}

} // namespace fc
