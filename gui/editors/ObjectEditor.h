#pragma once

#include "backend/cluster/ObjectClient.h"
#include "backend/core/TaskRunner.h"
#include "model/editors/DraftStore.h"
#include "model/editors/EditableDocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace fc {

class YamlHighlighter;

/// An editor window for one cluster object of any kind: its YAML (highlighted, checked while
/// typing with line and column), the diff of the edit against the server's object, a server
/// dry run, and Apply with the read resourceVersion as precondition. Forms (the ConfigMap table,
/// the workload editor…) are added as tabs over the same EditableDocument, so undo/redo, drafts,
/// the diff and the conflict handling are the same for all.
///
/// Nothing is lost: the object is watched while open and a change on the server never touches
/// the edit (a banner offers the three-way view); a 409 on Apply opens the same view; the edit is
/// saved as a draft (DraftStore) a second after each change and offered back when the object is
/// opened again, also after a crash; a rejection lands on the field it names.
class ObjectEditor final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHighlightLimit = 256 * 1024; ///< characters of YAML highlighted at most
    static constexpr int kChunkSize = 16 * 1024;       ///< characters of YAML put on screen per event-loop turn
    ObjectEditor(ClusterConnection *connection, ResourceType type, QString namespace_, QString name, editors::DraftStore *drafts,
                 QWidget *parent = nullptr);
    ~ObjectEditor() override;

    /// Reads the object (and offers a draft of it back); loaded() or loadFailed() follows.
    void open();
    editors::EditableDocument *document() const { return m_document; }
    /// A form over the document, before the YAML tab.
    void addFormTab(QWidget *form, const QString &title);
    /// The form open() added for the kind (ConfigMapEditorWidget, WorkloadEditorWidget), or null.
    QWidget *form() const { return m_form; }
    /// A check run before a dry run or Apply: a non-empty answer ("field: reason") refuses
    /// them with that reason — what the forms know the server would refuse.
    void addApplyGuard(std::function<QString()> guard);

    QString yamlText() const;
    /// Replaces the YAML text as if typed (tests, paste).
    void setYamlText(const QString &text);
    QString yamlError() const;
    QString diffText() const;
    QString statusText() const;
    /// After an Apply of a DaemonSet, Deployment or StatefulSet: where its rollout stands
    /// ("3 desired · 3 updated · 3 ready — rolled out", restarts, the first failing pod's reason).
    QString rolloutText() const;
    bool followingRollout() const { return m_followRollout; }
    /// The fields the last rejection named, "path: message".
    QStringList fieldErrors() const;

    /// Server-side dry run of the edit.
    void dryRun();
    /// Dry run, then the write (Apply button).
    void apply();
    /// Opens the three-way view against the server's current object (the banner's button).
    void reviewServerChanges();

    /// Answers the "restore draft?" question without asking (tests): true restores.
    void setDraftAnswerForTest(bool restore) { m_draftAnswer = restore ? 1 : 0; }
    /// Answers the conflict view without showing it (tests): for each conflict, keep mine?
    void setConflictAnswerForTest(std::function<bool(const editors::MergeConflict &)> keepMine) { m_conflictAnswer = std::move(keepMine); }

Q_SIGNALS:
    void loaded(); ///< the object (or the restored draft) is read and its YAML is on screen
    void loadFailed(const QString &message);
    void applied();
    void statusChanged(const QString &text);
    /// The server refused the edit; the causes name fields where they can (the forms put them on cells).
    void rejected(const QList<StatusCause> &causes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void onDocumentEdited();
    void renderYaml();
    void parseYamlSoon();
    /// Parses the YAML tab's text off the UI thread into the document (Apply waits for it).
    void parseYamlNow();
    /// Puts a rendering of the document into the YAML tab (in pieces when it is big).
    void showYamlText(const QString &text, int gen);
    void updateDiffSoon();
    void saveDraftSoon();
    void saveDraftNow();
    void setStatus(const QString &text, bool error = false);
    void updateRollout();
    void showRejection(const editors::EditableDocument::Outcome &outcome);
    void watchObject();
    void refreshLive();
    void resolveConflict();
    void offerDraft();
    void addFormForKind();
    bool guardsPass();

    QPointer<ClusterConnection> m_connection;
    ObjectClient m_client;
    ResourceType m_type;
    QString m_namespace;
    QString m_name;
    editors::DraftStore *m_drafts;
    editors::EditableDocument *m_document;
    TaskRunner m_tasks;

    QLabel *m_title = nullptr;
    QWidget *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_yaml = nullptr;
    QLabel *m_yamlError = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rollout = nullptr;
    bool m_followRollout = false;
    QJsonObject m_liveWithStatus; ///< the last read of the object, status included (the document drops it)
    bool m_podsInFlight = false;
    QString m_podProblems;
    QTimer *m_podsTimer = nullptr;
    QListWidget *m_fieldErrors = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QTimer *m_parseTimer = nullptr;
    QTimer *m_diffTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QWidget *m_form = nullptr;
    QList<std::function<QString()>> m_guards;

    YamlHighlighter *m_highlighter = nullptr;
    QLabel *m_foldedNote = nullptr;
    bool m_emitLoaded = false;      ///< loaded() is due when the first YAML render lands
    bool m_renderingYaml = false;   ///< setPlainText from the document: not an edit
    int m_yamlGeneration = 0;       ///< stale parses and renderings are dropped
    bool m_parsePending = false;    ///< a parse of the YAML tab is running
    bool m_applyWhenParsed = false; ///< Apply was pressed before the last keystrokes were parsed
    int m_diffGeneration = 0;
    QString m_liveYamlVersion; ///< the resourceVersion m_liveYaml was written from
    QString m_liveYaml;        ///< the live object as the diff shows it
    quint64 m_watchId = 0;
    QString m_liveVersion;          ///< resourceVersion of the last live object read
    int m_draftAnswer = -1;         ///< tests: -1 ask, 0 discard, 1 restore
    std::function<bool(const editors::MergeConflict &)> m_conflictAnswer;
};

} // namespace fc
