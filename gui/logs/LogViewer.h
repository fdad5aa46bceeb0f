#pragma once

#include "backend/logs/LogStream.h"
#include "model/logs/MultiLogSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QTimer;

namespace fc {

class LogBuffer;
class LogFilterProxy;
class LogLineDelegate;
class LogModel;
class ResourceStore;
struct ObjectSummary;

/// A live log view for one pod, a workload or a label selector: container picker (init
/// containers and "previous" included), search with next/previous and highlighting, show-only-
/// matching filter, regex with an inline error, pause/resume with the count of waiting lines,
/// wrap, follow-tail (stops when the user scrolls up, resumes at the bottom), copy and save.
/// Give it the cluster's connection and the Informer's pod store; call one open…() method.
class LogViewer final : public QWidget {
    Q_OBJECT
public:
    LogViewer(ClusterConnection *connection, ResourceStore *pods, QWidget *parent = nullptr);
    ~LogViewer() override;

    void openPod(const QString &namespace_, const QString &pod, const QString &container = {});
    void openSelector(const QString &namespace_, const QString &labelSelector);
    /// A Deployment/StatefulSet/DaemonSet/Job summary from the informer.
    void openWorkload(const ObjectSummary &workload);

    LogBuffer *buffer() const { return m_buffer; }
    LogModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    MultiLogSession *session() const { return m_session.get(); }
    bool isFollowingTail() const { return m_follow; }
    QString title() const { return m_title; }

    void findNext();
    void findPrevious();
    Result<qint64> saveTo(const QString &path);

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    void buildUi();
    void restart();
    void fillContainers();
    void applySearch();
    void onRowsInserted();
    void onScrolled(int value);
    void updatePauseButton();
    void updateStatus();
    void copySelection();
    void saveInteractive();
    void selectProxyRow(int row);

    QPointer<ClusterConnection> m_connection;
    QPointer<ResourceStore> m_pods;
    LogBuffer *m_buffer = nullptr;
    LogModel *m_model = nullptr;
    LogFilterProxy *m_proxy = nullptr;
    LogLineDelegate *m_delegate = nullptr;
    std::unique_ptr<MultiLogSession> m_session;
    LogTarget m_target;
    QString m_title;
    bool m_follow = true;
    bool m_autoScrolling = false;
    bool m_scrollPending = false;

    QComboBox *m_containerCombo = nullptr;
    QCheckBox *m_previousCheck = nullptr;
    QCheckBox *m_timestampsCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QToolButton *m_prevButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QCheckBox *m_regexCheck = nullptr;
    QCheckBox *m_filterCheck = nullptr;
    QLabel *m_searchError = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QCheckBox *m_wrapCheck = nullptr;
    QCheckBox *m_ansiCheck = nullptr;
    QCheckBox *m_followCheck = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace fc
