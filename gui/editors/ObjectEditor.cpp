#include "gui/editors/ObjectEditor.h"

#include "gui/common/Shortcuts.h"

#include "backend/cluster/YamlCodec.h"
#include "gui/editors/ConfigMapEditorWidget.h"
#include "gui/editors/ConflictDialog.h"
#include "gui/editors/WorkloadEditorWidget.h"
#include "gui/editors/YamlHighlighter.h"
#include "model/editors/RolloutStatus.h"
#include "model/editors/TextDiff.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace fc {

namespace {

QString rv(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
}

yaml::EmitOptions editorYaml()
{
    yaml::EmitOptions o;
    o.dropManagedFields = true; // folded away: not what anyone edits, never written
    o.dropStatus = true;
    return o;
}

QPlainTextEdit *monospaceEdit(QWidget *parent, const QString &objectName)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setTabChangesFocus(false);
    return e;
}

} // namespace

ObjectEditor::ObjectEditor(ClusterConnection *connection, ResourceType type, QString namespace_, QString name,
                           editors::DraftStore *drafts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_connection(connection), m_client(connection), m_type(std::move(type)),
      m_namespace(std::move(namespace_)), m_name(std::move(name)), m_drafts(drafts),
      m_document(new editors::EditableDocument(&m_client, m_type, this))
{
    setObjectName(QStringLiteral("objectEditor"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("Edit %1 %2").arg(m_type.kind, m_namespace.isEmpty() ? m_name : m_namespace + u'/' + m_name));
    resize(1000, 760);
    buildUi();
    connect(m_document, &editors::EditableDocument::editedChanged, this, &ObjectEditor::onDocumentEdited);
    connect(m_document, &editors::EditableDocument::liveChanged, this, [this] {
        // only what someone changed: a controller writing status moves the resourceVersion every few
        // seconds (a DaemonSet during a rollout) and Apply carries the edit over that by itself
        m_banner->setVisible(m_document->liveMoved() && !m_document->remoteChanges().isEmpty());
        updateDiffSoon();

    });
}

ObjectEditor::~ObjectEditor()
{
    if (m_connection && m_watchId)
        m_connection->unwatch(m_watchId);
}

void ObjectEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitleLabel"));
    m_title->setText(QStringLiteral("<b>%1</b> %2 <span style='color:gray'>— %3</span>")
                         .arg(m_type.kind.toHtmlEscaped(),
                              (m_namespace.isEmpty() ? m_name : m_namespace + u'/' + m_name).toHtmlEscaped(),
                              (m_connection ? m_connection->contextName() : QString()).toHtmlEscaped()));
    layout->addWidget(m_title);

    // someone else changed the object: never applied to the edit, offered for review
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("serverChangedBanner"));
    m_banner->setStyleSheet(QStringLiteral("#serverChangedBanner { background: #fff3e0; border: 1px solid #ef8f00; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerText = new QLabel(tr("This object changed on the server since you opened it. Your edit is untouched."), m_banner);
    bannerText->setWordWrap(true);
    auto *review = new QPushButton(tr("&Review and merge…"), m_banner);
    review->setObjectName(QStringLiteral("reviewButton"));
    connect(review, &QPushButton::clicked, this, &ObjectEditor::reviewServerChanges);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(review);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabWidget"));
    auto *yamlPage = new QWidget(m_tabs);
    auto *yamlLayout = new QVBoxLayout(yamlPage);
    yamlLayout->setContentsMargins(0, 0, 0, 0);
    m_yaml = monospaceEdit(yamlPage, QStringLiteral("yamlTextEdit"));
    m_yaml->setAccessibleName(tr("YAML of the object"));
    m_highlighter = new YamlHighlighter(m_yaml->document());
    m_yamlError = new QLabel(yamlPage);
    m_yamlError->setObjectName(QStringLiteral("yamlErrorLabel"));
    m_yamlError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_yamlError->setWordWrap(true);
    auto *folded = new QLabel(tr("status and metadata.managedFields are not shown: the server writes them, an edit never does."), yamlPage);
    m_foldedNote = folded;
    folded->setStyleSheet(QStringLiteral("color: gray;"));
    yamlLayout->addWidget(m_yaml, 1);
    yamlLayout->addWidget(m_yamlError);
    yamlLayout->addWidget(folded);
    m_tabs->addTab(yamlPage, tr("&YAML"));
    m_diff = monospaceEdit(m_tabs, QStringLiteral("diffTextEdit"));
    m_diff->setReadOnly(true);
    m_diff->setAccessibleName(tr("Your edit against the server's object"));
    new YamlHighlighter(m_diff->document(), YamlHighlighter::Mode::Diff);
    m_tabs->addTab(m_diff, tr("&Diff against the server"));
    layout->addWidget(m_tabs, 1);

    m_fieldErrors = new QListWidget(this);
    m_fieldErrors->setObjectName(QStringLiteral("fieldErrorsListWidget"));
    m_fieldErrors->setMaximumHeight(90);
    m_fieldErrors->hide();
    connect(m_fieldErrors, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line <= 0)
            return;
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_yaml->parentWidget()));
        QTextCursor c(m_yaml->document()->findBlockByNumber(line - 1));
        m_yaml->setTextCursor(c);
        m_yaml->setFocus();
    });
    layout->addWidget(m_fieldErrors);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_rollout = new QLabel(this);
    m_rollout->setObjectName(QStringLiteral("rolloutLabel"));
    m_rollout->setWordWrap(true);
    m_rollout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rollout->hide();
    layout->addWidget(m_rollout);
    // the pods are listed at most every two seconds while the rollout runs (the object's own watch
    // drives the counts; pods are only read for restarts and the first failure's reason)
    m_podsTimer = new QTimer(this);
    m_podsTimer->setInterval(2000);
    connect(m_podsTimer, &QTimer::timeout, this, [this] {
        if (m_podsInFlight || !m_followRollout)
            return;
        const QString selector = editors::podSelector(m_liveWithStatus);
        if (selector.isEmpty())
            return;
        m_podsInFlight = true;
        ListOptions options;
        options.namespace_ = m_namespace;
        options.labelSelector = selector;
        m_client.list(ResourceType::of(Kind::Pod), options, this, [this](const Result<QList<QJsonObject>> &pods) {
            m_podsInFlight = false;
            m_podProblems = pods ? editors::podProblems(pods.value()) : tr("cannot list its pods: %1").arg(pods.error().message);
            updateRollout();
        });
    });

    auto *buttons = new QHBoxLayout;
    auto *undo = new QPushButton(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoButton"));
    auto *redo = new QPushButton(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redoButton"));
    QUndoStack *stack = m_document->undoStack();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &t) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(t)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    // Ctrl+Z/Ctrl+Shift+Z outside the text box undo the document (the text box has its own)
    auto *undoKey = new QShortcut(shortcutKey(Shortcut::EditorUndo), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, stack, &QUndoStack::undo);
    auto *redoKey = new QShortcut(shortcutKey(Shortcut::EditorRedo), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(redoKey, &QShortcut::activated, stack, &QUndoStack::redo);
    auto *revert = new QPushButton(tr("Re&vert"), this);
    revert->setObjectName(QStringLiteral("revertButton"));
    revert->setToolTip(tr("Back to the object as the server has it (undoable)"));
    connect(revert, &QPushButton::clicked, this, [this] { m_document->setEdited(m_document->live(), tr("Revert")); });
    m_dryRunButton = new QPushButton(tr("&Check with the server"), this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRunButton->setToolTip(tr("Server-side dry run: validation and admission, nothing is stored"));
    connect(m_dryRunButton, &QPushButton::clicked, this, &ObjectEditor::dryRun);
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setToolTip(tr("Dry run, then write your changes with the version you read as precondition (Ctrl+Return)"));
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, &ObjectEditor::apply);
    auto *applyKey = new QShortcut(shortcutKey(Shortcut::EditorApply), this);
    connect(applyKey, &QShortcut::activated, this, &ObjectEditor::apply);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addWidget(revert);
    buttons->addStretch(1);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_parseTimer = new QTimer(this);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(250);
    connect(m_parseTimer, &QTimer::timeout, this, &ObjectEditor::parseYamlNow);
    connect(m_yaml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_renderingYaml)
            m_parseTimer->start();
    });
    m_diffTimer = new QTimer(this);
    m_diffTimer->setSingleShot(true);
    m_diffTimer->setInterval(150);
    connect(m_diffTimer, &QTimer::timeout, this, [this] {
        const int gen = ++m_diffGeneration;
        const QJsonObject live = m_document->live();
        const QJsonObject edited = m_document->edited();
        struct Diff {
            QString text;
            QString liveVersion;
            QString liveYaml;
        };
        // the live side is written as YAML once per resourceVersion, not on every keystroke
        const QString cachedVersion = m_liveYamlVersion;
        const QString cachedYaml = m_liveYaml;
        m_tasks.run<Diff>(this, [live, edited, cachedVersion, cachedYaml] {
            Diff d;
            d.liveVersion = rv(live);
            d.liveYaml = !d.liveVersion.isEmpty() && d.liveVersion == cachedVersion ? cachedYaml
                         : live.isEmpty()                                           ? QString()
                                                                                    : yaml::fromObject(live, editorYaml());
            const QString diff = editors::unifiedYamlDiff(d.liveYaml, edited, editorYaml());
            d.text = diff.isEmpty() ? tr("No differences: your edit is what the server has.")
                                    : QStringLiteral("--- on the server (resourceVersion %1)\n+++ your edit\n").arg(d.liveVersion) + diff;
            return d;
        }, [this, gen](Diff d) {
            m_liveYamlVersion = d.liveVersion;
            m_liveYaml = d.liveYaml;
            if (gen == m_diffGeneration)
                m_diff->setPlainText(d.text);
        });
    });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &ObjectEditor::saveDraftNow);
}

void ObjectEditor::saveDraftNow()
{
    if (!m_drafts || !m_connection)
        return;
    if (!m_document->isModified()) {
        m_drafts->remove(m_connection->contextName(), m_type.id(), m_namespace, m_name);
        return;
    }
    editors::Draft d;
    d.context = m_connection->contextName();
    d.typeId = m_type.id();
    d.namespace_ = m_namespace;
    d.name = m_name;
    d.original = m_document->original();
    d.edited = m_document->edited();
    if (const auto saved = m_drafts->save(d); !saved)
        setStatus(tr("Could not save a draft of your edit: %1").arg(saved.error().message), true);
}

void ObjectEditor::open()
{
    setStatus(tr("Reading %1 %2…").arg(m_type.kind, m_name));
    m_applyButton->setEnabled(false);
    m_client.get(m_type, m_namespace, m_name, this, [this](const Result<KubeObject> &r) {
        if (!r) {
            const QString message = tr("Could not read %1 %2: %3").arg(m_type.kind, m_name, r.error().toString());
            setStatus(message, true);
            Q_EMIT loadFailed(message);
            return;
        }
        m_document->load(r->json);
        m_liveVersion = r->resourceVersion();
        offerDraft();
        addFormForKind();
        renderYaml();
        updateDiffSoon();
        watchObject();
        setStatus(m_document->isModified() ? tr("Your draft is restored; it is not applied yet.")
                                           : tr("Edit the YAML (or a form); nothing is written until you press Apply."));
        m_emitLoaded = true; // once the YAML is on screen (renderYaml finishes off the UI thread)
    });
}

void ObjectEditor::offerDraft()
{
    if (!m_drafts || !m_connection || !m_drafts->contains(m_connection->contextName(), m_type.id(), m_namespace, m_name))
        return;
    const auto draft = m_drafts->load(m_connection->contextName(), m_type.id(), m_namespace, m_name);
    if (!draft) {
        setStatus(draft.error().message, true);
        return;
    }
    bool restore = m_draftAnswer == 1;
    if (m_draftAnswer < 0) {
        restore = QMessageBox::question(this, tr("Unapplied edit"),
                                        tr("You have an edit of this object from %1 that was never applied. Restore it?%2")
                                            .arg(QLocale().toString(draft->saved.toLocalTime(), QLocale::ShortFormat),
                                                 draft->secretValuesDropped
                                                     ? tr("\n\nSecret values are never stored in drafts: they are as the server has them.")
                                                     : QString()),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                  == QMessageBox::Yes;
    }
    if (!restore) {
        m_drafts->remove(m_connection->contextName(), m_type.id(), m_namespace, m_name);
        return;
    }
    // the edit keeps the base it was made on: if the server moved since, the three-way view sorts it out
    const QJsonObject live = m_document->live();
    m_document->load(draft->original);
    m_document->setEdited(draft->edited, tr("Restore the draft"));
    m_document->setLive(live);
}

void ObjectEditor::watchObject()
{
    if (!m_connection || m_watchId)
        return;
    m_watchId = m_connection->watch(m_type, m_namespace, {}, QStringLiteral("metadata.name=") + m_name);
    connect(m_connection, &ClusterConnection::batchReady, this, [this](const WatchBatch &b) {
        if (b.watchId != m_watchId)
            return;
        if (!b.removedUids.isEmpty()) {
            setStatus(tr("%1 %2 was deleted on the server. Your edit stays here (and as a draft).").arg(m_type.kind, m_name), true);
            return;
        }
        for (const ObjectSummary &o : b.upserts)
            if (o.resourceVersion != m_liveVersion)
                refreshLive();
    });
}

void ObjectEditor::refreshLive()
{
    m_client.get(m_type, m_namespace, m_name, this, [this](const Result<KubeObject> &r) {
        if (!r)
            return;
        m_liveVersion = r->resourceVersion();
        m_liveWithStatus = r->json;
        m_document->setLive(r->json); // never the edit
        if (m_followRollout)
            updateRollout(); // status-only writes do not change the document
    });
}

void ObjectEditor::onDocumentEdited()
{
    if (!m_renderingYaml)
        renderYaml();
    updateDiffSoon();
    saveDraftSoon();
    m_applyButton->setEnabled(m_document->isModified() && m_yamlError->text().isEmpty());
}

void ObjectEditor::renderYaml()
{
    const int gen = ++m_yamlGeneration;
    // the rendering replaces the text a running parse read (its answer is dropped by gen)
    m_parsePending = false;
    m_applyWhenParsed = false;
    const QJsonObject edited = m_document->edited();
    m_tasks.run<QString>(this, [edited] { return yaml::fromObject(edited, editorYaml()); }, [this, gen](QString text) {
        if (gen == m_yamlGeneration)
            showYamlText(text, gen);
    });
}

void ObjectEditor::showYamlText(const QString &text, int gen)
{
    m_renderingYaml = true;
    m_parseTimer->stop(); // the text typed before is replaced, not parsed
    const int line = m_yaml->textCursor().blockNumber();
    // highlighting a 1 MB ConfigMap takes the UI thread ~20 ms on every render: big objects
    // are shown plain (as editors do with big files), small ones highlighted
    const bool highlight = text.size() <= kHighlightLimit;
    if (!highlight && m_highlighter->document())
        m_highlighter->setDocument(nullptr);
    // highlighted as the pieces arrive (setting it afterwards would highlight all in one go)
    if (highlight && !m_highlighter->document())
        m_highlighter->setDocument(m_yaml->document());
    m_foldedNote->setText(highlight ? tr("status and metadata.managedFields are not shown: the server writes them, an edit never does.")
                                    : tr("status and metadata.managedFields are not shown: the server writes them, an edit never does. "
                                         "Highlighting is off for objects over %1.")
                                          .arg(QLocale().formattedDataSize(kHighlightLimit, 0, QLocale::DataSizeTraditionalFormat)));
    const auto done = [this, line] {
        m_yaml->setTextCursor(QTextCursor(m_yaml->document()->findBlockByNumber(line)));
        m_yaml->setReadOnly(false);
        m_renderingYaml = false;
        m_yamlError->clear();
        m_yaml->setExtraSelections({});
        if (std::exchange(m_emitLoaded, false))
            Q_EMIT loaded();
    };
    if (text.size() <= kChunkSize) {
        m_yaml->setPlainText(text);
        done();
        return;
    }
    // a megabyte laid out in one go stalls the UI thread for 15–40 ms, 76 KB highlighted ~10 ms
    // (editor_bench): it goes in pieces of ~16 KB cut at line ends, one per event-loop turn,
    // read-only until the last
    m_yaml->setReadOnly(true);
    const auto cut = [](const QString &all, qsizetype from) {
        const qsizetype end = all.indexOf(u'\n', std::min(from + kChunkSize, all.size() - 1));
        return end < 0 ? all.size() : end + 1;
    };
    const qsizetype first = cut(text, 0);
    m_yaml->setPlainText(text.left(first));
    // each step holds the next one only through the timer it starts (no cycle: freed after the last)
    using Step = std::function<void(qsizetype)>;
    auto next = std::make_shared<Step>();
    *next = [this, text, gen, cut, done, weak = std::weak_ptr<Step>(next)](qsizetype from) {
        if (gen != m_yamlGeneration)
            return; // a newer rendering replaces this text
        if (from >= text.size()) {
            done();
            return;
        }
        const qsizetype to = cut(text, from);
        QTextCursor end(m_yaml->document());
        end.movePosition(QTextCursor::End);
        end.insertText(text.mid(from, to - from));
        QTimer::singleShot(0, this, [step = weak.lock(), to] { (*step)(to); });
    };
    QTimer::singleShot(0, this, [next, first] { (*next)(first); });
}

void ObjectEditor::parseYamlSoon()
{
    m_parseTimer->start();
}

void ObjectEditor::parseYamlNow()
{
    m_parseTimer->stop();
    const int gen = ++m_yamlGeneration;
    m_parsePending = true;
    const QByteArray text = m_yaml->toPlainText().toUtf8();
    // a megabyte of YAML is tens of milliseconds to parse: not on the UI thread
    m_tasks.run<Result<QJsonObject>>(this, [text] { return yaml::toObject(text); }, [this, gen](Result<QJsonObject> parsed) {
        if (gen != m_yamlGeneration)
            return;
        m_parsePending = false;
        const bool applyNow = std::exchange(m_applyWhenParsed, false);
        QList<QTextEdit::ExtraSelection> marks;
        if (!parsed) {
            const Error &e = parsed.error();
            m_yamlError->setText(e.line > 0 ? tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message) : e.message);
            if (e.line > 0) {
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(m_yaml->document()->findBlockByNumber(e.line - 1));
                mark.format.setBackground(QColor(0xc6, 0x28, 0x28, 40));
                mark.format.setProperty(QTextFormat::FullWidthSelection, true);
                marks << mark;
            }
            m_yaml->setExtraSelections(marks);
            m_applyButton->setEnabled(false);
            m_dryRunButton->setEnabled(false);
            if (applyNow)
                setStatus(tr("The YAML has an error: fix it first."), true);
            return;
        }
        m_yamlError->clear();
        m_yaml->setExtraSelections(marks);
        m_dryRunButton->setEnabled(true);
        if (parsed.value() != editors::withoutServerFields(m_document->edited())) {
            m_renderingYaml = true; // the text is the edit already: no re-render
            m_document->setEdited(parsed.value(), tr("Edit YAML"));
            m_renderingYaml = false;
        }
        m_applyButton->setEnabled(m_document->isModified());
        if (applyNow)
            apply();
    });
}

void ObjectEditor::updateDiffSoon()
{
    m_diffTimer->start();
}

void ObjectEditor::saveDraftSoon()
{
    m_draftTimer->start();
}

void ObjectEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    Q_EMIT statusChanged(text);
}

void ObjectEditor::addFormForKind()
{
    if (m_form)
        return; // a re-open keeps its form: the models follow the document
    const QString &kind = m_type.kind;
    if (m_type.group.isEmpty() && kind == u"ConfigMap") {
        auto *form = new ConfigMapEditorWidget(m_document, m_tabs);
        addApplyGuard([form] { return form->blockingProblem(); });
        m_form = form;
    } else if (m_type.group == u"apps" && (kind == u"DaemonSet" || kind == u"Deployment" || kind == u"StatefulSet")) {
        auto *form = new WorkloadEditorWidget(m_document, m_tabs);
        addApplyGuard([form] { return form->blockingProblem(); });
        connect(this, &ObjectEditor::rejected, form, &WorkloadEditorWidget::showServerCauses);
        m_form = form;
    }
    if (m_form)
        addFormTab(m_form, tr("&Form"));
}

void ObjectEditor::addApplyGuard(std::function<QString()> guard)
{
    m_guards.append(std::move(guard));
}

bool ObjectEditor::guardsPass()
{
    for (const auto &guard : std::as_const(m_guards)) {
        if (const QString problem = guard(); !problem.isEmpty()) {
            setStatus(tr("Not sent: the server would refuse %1").arg(problem), true);
            return false;
        }
    }
    return true;
}

void ObjectEditor::addFormTab(QWidget *form, const QString &title)
{
    m_tabs->insertTab(0, form, title);
    m_tabs->setCurrentIndex(0);
}

QString ObjectEditor::yamlText() const { return m_yaml->toPlainText(); }
QString ObjectEditor::yamlError() const { return m_yamlError->text(); }
QString ObjectEditor::diffText() const { return m_diff->toPlainText(); }
QString ObjectEditor::statusText() const { return m_status->text(); }

QString ObjectEditor::rolloutText() const { return m_rollout->text(); }

void ObjectEditor::updateRollout()
{
    const editors::RolloutStatus s = editors::rolloutStatus(m_liveWithStatus);
    QString text = tr("Rollout: %1").arg(s.summary);
    if (!m_podProblems.isEmpty())
        text += QStringLiteral("\n") + m_podProblems;
    m_rollout->setText(text);
    m_rollout->setStyleSheet(s.phase == editors::RolloutStatus::Phase::Failed || !m_podProblems.isEmpty() ? QStringLiteral("color: #c62828;")
                                                                                                           : QString());
    m_rollout->show();
    if (s.finished()) {
        m_followRollout = false;
        m_podsTimer->stop();
    }
}

void ObjectEditor::setYamlText(const QString &text)
{
    m_yaml->setPlainText(text);
}

QStringList ObjectEditor::fieldErrors() const
{
    QStringList out;
    for (int i = 0; i < m_fieldErrors->count(); ++i)
        out << m_fieldErrors->item(i)->text();
    return out;
}

void ObjectEditor::dryRun()
{
    if (!guardsPass())
        return;
    using Outcome = editors::EditableDocument::Outcome;
    setStatus(tr("Asking the server (dry run)…"));
    m_document->apply(WriteOptions{true, false}, [this](const Outcome &o) {
        if (o.kind == Outcome::Kind::DryRunPassed)
            setStatus(tr("The server accepts this edit (dry run: nothing was stored)."));
        else if (o.kind == Outcome::Kind::Conflict)
            resolveConflict();
        else
            showRejection(o);
    });
}

void ObjectEditor::apply()
{
    if (m_parseTimer->isActive() || m_parsePending) {
        // the YAML typed in the last moments is not the document yet: read it first, then
        // apply what the user sees (not the text of a keystroke ago)
        m_applyWhenParsed = true;
        if (!m_parsePending)
            parseYamlNow();
        return;
    }
    if (!m_yamlError->text().isEmpty()) {
        setStatus(tr("The YAML has an error: fix it first."), true);
        return;
    }
    if (!guardsPass())
        return;
    using Outcome = editors::EditableDocument::Outcome;
    m_applyButton->setEnabled(false);
    m_fieldErrors->hide();
    setStatus(tr("Checking with the server (dry run)…"));
    m_document->apply(WriteOptions{true, false}, [this](const Outcome &dry) {
        if (dry.kind == Outcome::Kind::Conflict) {
            resolveConflict();
            return;
        }
        if (dry.kind != Outcome::Kind::DryRunPassed) {
            showRejection(dry);
            return;
        }
        setStatus(tr("Writing…"));
        m_document->apply({}, [this](const Outcome &o) {
            switch (o.kind) {
            case Outcome::Kind::Applied:
                m_liveVersion = rv(m_document->live());
                if (m_drafts && m_connection)
                    m_drafts->remove(m_connection->contextName(), m_type.id(), m_namespace, m_name);
                m_banner->hide();
                setStatus(tr("Applied: the server now has your edit (resourceVersion %1).").arg(m_liveVersion));
                if (m_type.builtin == Kind::DaemonSet || m_type.builtin == Kind::Deployment || m_type.builtin == Kind::StatefulSet) {
                    m_followRollout = true;
                    m_podProblems.clear();
                    m_podsTimer->start();
                    refreshLive(); // the counts come with the object's status, read on each change
                }
                Q_EMIT applied();
                break;
            case Outcome::Kind::Conflict: resolveConflict(); break;
            default: showRejection(o); break;
            }
        });
    });
}

void ObjectEditor::showRejection(const editors::EditableDocument::Outcome &outcome)
{
    m_applyButton->setEnabled(m_document->isModified());
    setStatus(tr("The server refused the edit: %1").arg(outcome.error.message), true);
    m_fieldErrors->clear();
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_yaml->toPlainText();
    for (const StatusCause &c : outcome.fieldErrors()) {
        if (c.field.isEmpty())
            continue;
        const int line = editors::lineOfPath(text, editors::pathFromServerField(c.field, m_document->edited()));
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(c.field, c.message), m_fieldErrors);
        item->setData(Qt::UserRole, line);
        item->setToolTip(line > 0 ? tr("Line %1 of the YAML (Enter to go there)").arg(line) : QString());
        if (line > 0) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_yaml->document()->findBlockByNumber(line - 1));
            mark.format.setBackground(QColor(0xc6, 0x28, 0x28, 40));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << mark;
        }
    }
    m_yaml->setExtraSelections(marks);
    m_fieldErrors->setVisible(m_fieldErrors->count() > 0);
    Q_EMIT rejected(outcome.fieldErrors());
}

void ObjectEditor::reviewServerChanges()
{
    refreshLive();
    resolveConflict();
}

void ObjectEditor::resolveConflict()
{
    m_applyButton->setEnabled(true);
    const editors::RebaseResult rebased = m_document->rebase();
    auto accept = [this](const QJsonObject &merged) {
        m_document->acceptRebase(merged);
        m_banner->hide();
        setStatus(tr("Your edit now applies to the server's current version; nothing was written. Press Apply to write it."));
    };
    if (m_conflictAnswer) {
        QJsonObject merged = rebased.merged;
        for (const editors::MergeConflict &c : rebased.conflicts)
            if (m_conflictAnswer(c))
                editors::setAtPath(merged, c.path, c.mine);
        accept(merged);
        return;
    }
    setStatus(tr("The object changed on the server meanwhile: nothing was written. Choose what to keep."), true);
    auto *dialog = new ConflictDialog(rebased, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, accept] { accept(dialog->merged()); });
    dialog->open();
}

void ObjectEditor::closeEvent(QCloseEvent *event)
{
    // an unapplied edit is already a draft (saved a second after each change): flush it now
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        saveDraftNow();
    }
    event->accept();
}

} // namespace fc
