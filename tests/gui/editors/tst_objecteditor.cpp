// The object editor on the real local control plane (issue 11): YAML checked while typing,
// diff, dry run and Apply with the read resourceVersion; a kubectl write while the editor is open
// never touches the edit (banner, three-way view, rebase keeping both); the same field changed
// on both sides is asked about (the conflict dialog, screenshot); a rejection lands on its field
// and line; undo/redo; a draft survives SIGKILL of the process editing and is offered back.

#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/cluster/YamlCodec.h"
#include "gui/editors/ConflictDialog.h"
#include "gui/editors/ObjectEditor.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

using namespace fc;
using namespace fc::test;

class TestObjectEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<editors::DraftStore> m_drafts;

    void createConfigMap(const QString &name)
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), name,
                    QStringLiteral("--from-literal=a=1"), QStringLiteral("--from-literal=b=2"), QStringLiteral("--from-literal=value=original")});
    }
    QString value(const QString &name, const QString &key)
    {
        return QString::fromUtf8(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("configmap"), name,
                                          QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key)})
                                     .out);
    }
    std::unique_ptr<ObjectEditor> openEditor(const QString &name)
    {
        auto editor = std::make_unique<ObjectEditor>(m_conn.get(), ResourceType::of(Kind::ConfigMap), m_ns, name, m_drafts.get());
        editor->setDraftAnswerForTest(false);
        editor->resize(1000, 700);
        editor->show();
        QSignalSpy loaded(editor.get(), &ObjectEditor::loaded);
        editor->open();
        if (!loaded.wait(30000))
            qFatal("editor did not load %s", qPrintable(name));
        if (!QTest::qWaitFor([&] { return editor->yamlText().contains(QStringLiteral("value: original")); }, 10000))
            qFatal("no YAML for %s", qPrintable(name));
        return editor;
    }
    void shot(QWidget *w, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(w->grab().save(shots + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-editor-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        m_drafts = std::make_unique<editors::DraftStore>(m_data.filePath(QStringLiteral("drafts")));
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
        kubectl({QStringLiteral("delete"), QStringLiteral("validatingadmissionpolicy,validatingadmissionpolicybinding"),
                 QStringLiteral("fedconsole-test-no-port-9999"), QStringLiteral("--ignore-not-found")});
    }

    void yamlCheckedDiffedApplied()
    {
        createConfigMap(QStringLiteral("plain"));
        auto editor = openEditor(QStringLiteral("plain"));
        QVERIFY(!editor->yamlText().contains(QStringLiteral("managedFields")));
        const QString good = editor->yamlText();
        editor->setYamlText(good + QStringLiteral("  broken: [1, 2\n"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlError().startsWith(QStringLiteral("Line ")), 5000);
        QVERIFY2(editor->yamlError().contains(QStringLiteral("column")), qPrintable(editor->yamlError()));
        QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        shot(editor.get(), QStringLiteral("yaml-editor-error.png"));
        editor->setYamlText(QString(good).replace(QStringLiteral("a: \"1\""), QStringLiteral("a: \"10\"")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlError().isEmpty() && editor->document()->isModified(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->diffText().contains(QStringLiteral("-  a: \"1\"")) && editor->diffText().contains(QStringLiteral("+  a: \"10\"")),
                                 5000);
        QVERIFY(value(QStringLiteral("plain"), QStringLiteral("a")) == u"1"); // nothing written yet
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        QCOMPARE(value(QStringLiteral("plain"), QStringLiteral("a")), QStringLiteral("10"));
        QVERIFY(!m_drafts->contains(m_conn->contextName(), QStringLiteral("configmaps"), m_ns, QStringLiteral("plain")));
        // undo and redo go through the document
        editor->document()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("a: \"1\"\n")), 5000);
        editor->document()->undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("a: \"10\"")), 5000);
        // Apply pressed right after typing writes what is on screen, not the edit of a keystroke
        // ago (the YAML is parsed off the UI thread, 250 ms after the last keystroke)
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("a: \"10\""), QStringLiteral("a: \"11\"")));
        QSignalSpy again(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(again.wait(30000), qPrintable(editor->statusText()));
        QCOMPARE(value(QStringLiteral("plain"), QStringLiteral("a")), QStringLiteral("11"));
    }

    void bigObjectArrivesWhole()
    {
        // past 16 KB the YAML goes on screen in pieces (one per event-loop turn): all of it
        // arrives, once, in order, and the tab is editable again afterwards
        QJsonObject data;
        for (int i = 0; i < 3000; ++i)
            data.insert(QStringLiteral("key-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("value %1 %2").arg(i).arg(QString(40, u'x')));
        data.insert(QStringLiteral("value"), QStringLiteral("original"));
        const QJsonObject cm{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                             {QStringLiteral("kind"), QStringLiteral("ConfigMap")},
                             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("big")}, {QStringLiteral("namespace"), m_ns}}},
                             {QStringLiteral("data"), data}};
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, QJsonDocument(cm).toJson());
        auto editor = openEditor(QStringLiteral("big"));
        QVERIFY2(editor->yamlText().size() > 8 * ObjectEditor::kChunkSize, "big enough to come in pieces");
        const Result<QJsonObject> shown = yaml::toObject(editor->yamlText().toUtf8());
        QVERIFY2(shown, qPrintable(shown ? QString() : shown.error().toString()));
        QCOMPARE(shown->value(QLatin1String("data")).toObject(), data);
        QVERIFY(!editor->findChild<QPlainTextEdit *>(QStringLiteral("yamlTextEdit"))->isReadOnly());
        QVERIFY(!editor->document()->isModified());
    }

    void serverChangeNeverOverwritesTheEdit()
    {
        createConfigMap(QStringLiteral("shared"));
        auto editor = openEditor(QStringLiteral("shared"));
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("a: \"1\""), QStringLiteral("a: mine")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->isModified(), 5000);
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("shared"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"b":"theirs"}})")});
        auto *banner = editor->findChild<QWidget *>(QStringLiteral("serverChangedBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(editor->yamlText().contains(QStringLiteral("a: mine"))); // the edit is untouched
        QVERIFY(editor->yamlText().contains(QStringLiteral("b: \"2\"")));
        shot(editor.get(), QStringLiteral("editor-server-changed.png"));
        editor->setConflictAnswerForTest([](const editors::MergeConflict &) { return true; });
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply(); // 409: rebased, nothing written
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QStringLiteral("Press Apply")), 15000);
        QCOMPARE(value(QStringLiteral("shared"), QStringLiteral("a")), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("b: theirs")) && editor->yamlText().contains(QStringLiteral("a: mine")), 5000);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        QCOMPARE(value(QStringLiteral("shared"), QStringLiteral("a")), QStringLiteral("mine"));
        QCOMPARE(value(QStringLiteral("shared"), QStringLiteral("b")), QStringLiteral("theirs"));
    }

    void sameFieldIsAsked()
    {
        createConfigMap(QStringLiteral("contested"));
        auto editor = openEditor(QStringLiteral("contested"));
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("a: \"1\""), QStringLiteral("a: mine")).replace(QStringLiteral("b: \"2\""), QStringLiteral("b: also-mine")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->isModified(), 5000);
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("patch"), QStringLiteral("configmap"), QStringLiteral("contested"),
                    QStringLiteral("--type=merge"), QStringLiteral("-p"), QStringLiteral(R"({"data":{"a":"theirs"}})")});
        editor->apply();
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = editor->findChild<ConflictDialog *>()) && dialog->isVisible(), 15000);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTableWidget"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("data.a"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("mine"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("theirs"));
        auto *carried = dialog->findChild<QListWidget *>(QStringLiteral("carriedListWidget"));
        QVERIFY(carried->item(0)->text().startsWith(QStringLiteral("data.b")));
        shot(dialog, QStringLiteral("conflict-dialog.png"));
        QCOMPARE(value(QStringLiteral("contested"), QStringLiteral("a")), QStringLiteral("theirs")); // nothing written without a choice
        dialog->keepMine(0, true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QStringLiteral("Press Apply")), 5000);
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        QCOMPARE(value(QStringLiteral("contested"), QStringLiteral("a")), QStringLiteral("mine"));
        QCOMPARE(value(QStringLiteral("contested"), QStringLiteral("b")), QStringLiteral("also-mine"));
    }

    void rejectionLandsOnTheField()
    {
        QFile policy(QStringLiteral(FC_INTEGRATION_FIXTURES "/no-forbidden-key-policy.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, policy.readAll().replace("NAMESPACE", m_ns.toUtf8()));
        createConfigMap(QStringLiteral("guarded"));
        auto editor = openEditor(QStringLiteral("guarded"));
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("\ndata:\n"), QStringLiteral("\ndata:\n  forbidden: x\n")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->isModified(), 5000);
        // the policy takes effect once the apiserver has seen it
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            editor->dryRun();
            QTest::qWait(500);
            return editor->fieldErrors().join(u' ').contains(QStringLiteral("data.forbidden"));
        }()), 30000);
        auto *list = editor->findChild<QListWidget *>(QStringLiteral("fieldErrorsListWidget"));
        QVERIFY(list->isVisible());
        const int line = list->item(0)->data(Qt::UserRole).toInt();
        QVERIFY(line > 0);
        QVERIFY2(editor->yamlText().split(u'\n').value(line - 1).trimmed().startsWith(QStringLiteral("forbidden:")),
                 qPrintable(editor->yamlText().split(u'\n').value(line - 1)));
        shot(editor.get(), QStringLiteral("editor-rejected-field.png"));
        QCOMPARE(value(QStringLiteral("guarded"), QStringLiteral("forbidden")), QString());
    }

    // the must-show: kill -9 of the process editing, the draft is on disk and offered back
    void draftSurvivesSigkill()
    {
        createConfigMap(QStringLiteral("drafted"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FEDCONSOLE_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(FC_DRAFT_CHILD), {kubeconfigPath(), QStringLiteral("fedconsole-local"), m_ns, QStringLiteral("drafted"),
                                                     QStringLiteral("typed-before-the-crash")});
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("DRAFT-SAVED") || child.state() == QProcess::NotRunning,
                                  QByteArray(out + child.readAllStandardError()).constData(), 60000);
        QVERIFY2(child.state() == QProcess::Running, QByteArray(out + child.readAllStandardError()).constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // a new session finds it
        // (earlier tests leave their own unapplied edits as drafts too)
        QVERIFY(m_drafts->contains(m_conn->contextName(), ResourceType::of(Kind::ConfigMap).id(), m_ns, QStringLiteral("drafted")));
        auto editor = std::make_unique<ObjectEditor>(m_conn.get(), ResourceType::of(Kind::ConfigMap), m_ns, QStringLiteral("drafted"), m_drafts.get());
        editor->setDraftAnswerForTest(true);
        QSignalSpy loaded(editor.get(), &ObjectEditor::loaded);
        editor->open();
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("value: typed-before-the-crash")), 10000);
        QVERIFY(editor->document()->isModified());
        QVERIFY(editor->statusText().contains(QStringLiteral("draft")));
        QCOMPARE(value(QStringLiteral("drafted"), QStringLiteral("value")), QStringLiteral("original")); // never written by itself
    }
};

QTEST_MAIN(TestObjectEditor)
#include "tst_objecteditor.moc"
