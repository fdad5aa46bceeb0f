// The ConfigMap form of the object editor on the real local control plane (issue 11): keys
// added, renamed and deleted through the table and applied; a bad key name refused on the cell
// and blocking Apply; a bad JSON value reported with line:column while typing; binary data
// replaced from a file and saved back; an immutable ConfigMap read-only with the reason; the
// microk8s ingress TCP map form adding port 8002 that kubectl then sees, its rows checked
// against the live Services and EndpointSlices and its cells picked from them; a map with
// another name gets the same form because a controller's --tcp-services-configmap names it.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/editors/ConfigMapEditorWidget.h"
#include "gui/editors/ObjectEditor.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/IngressTcpMapModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;
using editors::ConfigMapModel;

class TestConfigMapEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<editors::DraftStore> m_drafts;

    QJsonObject configMap(const QString &ns, const QString &name)
    {
        const ProcResult r = kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("configmap"), name, QStringLiteral("-o"),
                                      QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out).object();
    }
    QJsonObject data(const QString &name, const QString &ns = {})
    {
        return configMap(ns.isEmpty() ? m_ns : ns, name).value(QLatin1String("data")).toObject();
    }
    std::unique_ptr<ObjectEditor> openEditor(const QString &name, const QString &ns = {})
    {
        auto editor = std::make_unique<ObjectEditor>(m_conn.get(), ResourceType::of(Kind::ConfigMap), ns.isEmpty() ? m_ns : ns, name,
                                                     m_drafts.get());
        editor->setDraftAnswerForTest(false);
        editor->resize(1100, 720);
        editor->show();
        QSignalSpy loaded(editor.get(), &ObjectEditor::loaded);
        editor->open();
        if (!loaded.wait(30000))
            qFatal("editor did not load %s", qPrintable(name));
        return editor;
    }
    static ConfigMapEditorWidget *formOf(ObjectEditor *editor)
    {
        return qobject_cast<ConfigMapEditorWidget *>(editor->form());
    }
    void shot(QWidget *w, const QString &name)
    {
        QTest::qWait(50); // pending layout requests (a wrapped problem line) before the picture
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(w->grab().save(shots + u'/' + name));
    }
    /// Types `text` into the cell's editor and presses Return, as a user renaming a key does.
    static void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
    {
        table->setCurrentIndex(index);
        table->edit(index);
        auto *line = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        line->setText(text);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>() || !table->viewport()->findChild<QLineEdit *>()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-cmform-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        m_drafts = std::make_unique<editors::DraftStore>(m_data.filePath(QStringLiteral("drafts")));
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void keysAddedRenamedDeletedApplied()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("plain"),
                    QStringLiteral("--from-literal=a=1"), QStringLiteral("--from-literal=b=2"), QStringLiteral("--from-literal=value=original")});
        auto editor = openEditor(QStringLiteral("plain"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        QVERIFY(form);
        QAbstractItemModelTester tester(form->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = form->findChild<QTableView *>(QStringLiteral("keysTableView"));
        QVERIFY(table && table->isVisible());

        // add: a free name, its editor open for the name
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addKeyButton")), Qt::LeftButton);
        QVERIFY(form->model()->rowOf(QStringLiteral("key-1")) >= 0);
        auto *line = table->viewport()->findChild<QLineEdit *>();
        QVERIFY2(line && line->isVisible(), "the new key's name is open for typing");
        line->setText(QStringLiteral("greeting"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(form->model()->rowOf(QStringLiteral("greeting")) >= 0);
        // its value through the side editor (committed after a pause in typing)
        form->selectKey(QStringLiteral("greeting"));
        auto *value = form->findChild<QPlainTextEdit *>(QStringLiteral("valueTextEdit"));
        value->setPlainText(QStringLiteral("hello"));
        QTRY_COMPARE(form->model()->text(QStringLiteral("greeting")), QStringLiteral("hello"));
        // rename b → bee through the cell
        typeIntoCell(table, form->model()->index(form->model()->rowOf(QStringLiteral("b")), ConfigMapModel::KeyColumn), QStringLiteral("bee"));
        QTRY_VERIFY(form->model()->rowOf(QStringLiteral("bee")) >= 0);
        QCOMPARE(form->model()->rowOf(QStringLiteral("b")), -1);
        // delete a
        table->setCurrentIndex(form->model()->index(form->model()->rowOf(QStringLiteral("a")), ConfigMapModel::KeyColumn));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("deleteKeyButton")), Qt::LeftButton);
        QCOMPARE(form->model()->rowOf(QStringLiteral("a")), -1);
        // the YAML tab shows the same edit
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("greeting: hello")), 5000);
        QVERIFY(data(QStringLiteral("plain")).contains(QStringLiteral("a"))); // nothing written yet

        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        const QJsonObject expected{{QStringLiteral("bee"), QStringLiteral("2")},
                                   {QStringLiteral("greeting"), QStringLiteral("hello")},
                                   {QStringLiteral("value"), QStringLiteral("original")}};
        QCOMPARE(data(QStringLiteral("plain")), expected);
        // undo goes through the document: the delete comes back in the form
        editor->document()->undoStack()->undo();
        QVERIFY(form->model()->rowOf(QStringLiteral("a")) >= 0);
    }

    void badKeyNameRefusedOnTheCellAndBlocksApply()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("names"),
                    QStringLiteral("--from-literal=good=1")});
        auto editor = openEditor(QStringLiteral("names"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        auto *table = form->findChild<QTableView *>(QStringLiteral("keysTableView"));
        // through the table: refused, the reason under it, the key unchanged
        typeIntoCell(table, form->model()->index(0, ConfigMapModel::KeyColumn), QStringLiteral("bad key!"));
        QVERIFY2(!form->keysMessage().isEmpty(), "the refusal is said");
        QVERIFY(form->model()->rowOf(QStringLiteral("good")) >= 0);
        QVERIFY(!editor->document()->isModified());
        // through the YAML: the key is there, flagged on its cell, and Apply refuses to send it
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("\ndata:\n"), QStringLiteral("\ndata:\n  bad key!: x\n")));
        QTRY_VERIFY_WITH_TIMEOUT(form->model()->rowOf(QStringLiteral("bad key!")) >= 0, 5000);
        const QModelIndex cell = form->model()->index(form->model()->rowOf(QStringLiteral("bad key!")), ConfigMapModel::KeyColumn);
        QVERIFY(!cell.data(editors::ProblemRole).toString().isEmpty());
        QCOMPARE(cell.data(editors::SeverityRole).toInt(), int(editors::FieldMessage::Severity::Error));
        table->setCurrentIndex(cell);
        QCOMPARE(form->keysMessage(), cell.data(editors::ProblemRole).toString());
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(editor->statusText().startsWith(QStringLiteral("Not sent")) && editor->statusText().contains(QStringLiteral("bad key!")), qPrintable(editor->statusText()));
        QVERIFY(!applied.wait(1500));
        QVERIFY(!data(QStringLiteral("names")).contains(QStringLiteral("bad key!")));
        shot(editor.get(), QStringLiteral("editor-configmap-badkey.png"));
    }

    void badJsonValueShowsLineAndColumn()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("settings"),
                    QStringLiteral("--from-literal=settings.json={\"replicas\": 2}"), QStringLiteral("--from-literal=mode=fast"),
                    QStringLiteral("--from-literal=site.yaml=name: site-1\nport: 9370\n")});
        auto editor = openEditor(QStringLiteral("settings"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        form->selectKey(QStringLiteral("settings.json"));
        auto *value = form->findChild<QPlainTextEdit *>(QStringLiteral("valueTextEdit"));
        QCOMPARE(value->toPlainText(), QStringLiteral("{\"replicas\": 2}"));
        QVERIFY2(form->valueCheckText().startsWith(QStringLiteral("JSON")), qPrintable(form->valueCheckText()));
        value->setPlainText(QStringLiteral("{\n  \"replicas\": 2,\n  \"party\": }\n"));
        // while typing, before any commit
        QVERIFY2(QRegularExpression(QStringLiteral("line 3, column \\d+")).match(form->valueCheckText()).hasMatch(), qPrintable(form->valueCheckText()));
        QTRY_COMPARE(form->model()->text(QStringLiteral("settings.json")), value->toPlainText());
        shot(editor.get(), QStringLiteral("editor-configmap.png"));
        value->setPlainText(QStringLiteral("{\n  \"replicas\": 2,\n  \"party\": 9999\n}\n"));
        QVERIFY2(form->valueCheckText().contains(QStringLiteral("valid")), qPrintable(form->valueCheckText()));
    }

    void binaryReplacedFromFileAndSaved()
    {
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("blobs"),
                    QStringLiteral("--from-literal=note=text")});
        QTemporaryDir dir;
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes.append(char(i * 7 % 256));
        QFile in(dir.filePath(QStringLiteral("model.bin")));
        QVERIFY(in.open(QIODevice::WriteOnly) && in.write(bytes) == bytes.size());
        in.close();
        auto editor = openEditor(QStringLiteral("blobs"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        QVERIFY2(form->replaceFromFile(QStringLiteral("model.bin"), in.fileName()).ok(), "replace from file");
        QVERIFY(form->model()->isBinary(QStringLiteral("model.bin")));
        form->selectKey(QStringLiteral("model.bin"));
        auto *label = form->findChild<QLabel *>(QStringLiteral("binaryLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("KiB")), qPrintable(label->text()));
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        const QJsonObject binary = configMap(m_ns, QStringLiteral("blobs")).value(QLatin1String("binaryData")).toObject();
        QCOMPARE(QByteArray::fromBase64(binary.value(QLatin1String("model.bin")).toString().toLatin1()), bytes);
        // and back to a file, byte for byte
        const QString out = dir.filePath(QStringLiteral("saved.bin"));
        QVERIFY(form->saveToFile(QStringLiteral("model.bin"), out).ok());
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        shot(editor.get(), QStringLiteral("editor-configmap-binary.png"));
    }

    void immutableIsReadOnlyWithTheReason()
    {
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                   QStringLiteral(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"frozen","namespace":"%1"},"immutable":true,"data":{"a":"1"}})")
                       .arg(m_ns)
                       .toUtf8());
        auto editor = openEditor(QStringLiteral("frozen"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        auto *reason = form->findChild<QLabel *>(QStringLiteral("immutableLabel"));
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("immutable"), Qt::CaseInsensitive), qPrintable(reason->text()));
        QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("addKeyButton"))->isEnabled());
        QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("deleteKeyButton"))->isEnabled());
        QVERIFY(form->findChild<QPlainTextEdit *>(QStringLiteral("valueTextEdit"))->isReadOnly());
        QCOMPARE(form->findChild<QTableView *>(QStringLiteral("keysTableView"))->editTriggers(), QAbstractItemView::NoEditTriggers);
        const Result<void> refused = form->model()->addKey(QStringLiteral("b"));
        QVERIFY(!refused.ok());
        QVERIFY(!editor->document()->isModified());
        shot(editor.get(), QStringLiteral("editor-configmap-immutable.png"));
    }

    void ingressTcpMapFormAddsPort8002()
    {
        // microk8s' ingress, as the model tests' fixtures describe it (namespace `ingress`)
        kubectl({QStringLiteral("-n"), QStringLiteral("ingress"), QStringLiteral("delete"), QStringLiteral("configmap"),
                 QStringLiteral("nginx-ingress-tcp-microk8s-conf"), QStringLiteral("--ignore-not-found")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral(FC_EDITOR_FIXTURES "/microk8s-ingress")});
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("clusterip"),
                    QStringLiteral("server1"), QStringLiteral("--tcp=8002:8002")});
        // a pod behind server1 (KWOK runs it), so its row has a ready endpoint; idle has none
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("server1"),
                    QStringLiteral("--image=nvflare/nvflare:2.4"), QStringLiteral("--port=8002")});
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("service"), QStringLiteral("clusterip"),
                    QStringLiteral("idle"), QStringLiteral("--tcp=9000:9000")});
        QTRY_VERIFY_WITH_TIMEOUT(kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("endpointslices"), QStringLiteral("-l"),
                                          QStringLiteral("kubernetes.io/service-name=server1"), QStringLiteral("-o"),
                                          QStringLiteral("jsonpath={.items[*].endpoints[*].conditions.ready}")})
                                     .out.contains("true"),
                                 60000);
        auto editor = openEditor(QStringLiteral("nginx-ingress-tcp-microk8s-conf"), QStringLiteral("ingress"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        QVERIFY(form->ingressModel());
        QAbstractItemModelTester tester(form->ingressModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = form->findChild<QTableView *>(QStringLiteral("ingressMapTableView"));
        QVERIFY2(table && table->isVisible(), "the ingress form is the first page");
        auto *port = form->findChild<QSpinBox *>(QStringLiteral("externalPortSpinBox"));
        auto *target = form->findChild<QLineEdit *>(QStringLiteral("targetLineEdit"));
        auto *problem = form->findChild<QLabel *>(QStringLiteral("ingressMapProblemLabel"));
        // a reserved port is said while it is chosen
        port->setValue(10254);
        QVERIFY2(problem->text().contains(QStringLiteral("10254")), qPrintable(problem->text()));
        port->setValue(8002);
        QVERIFY(problem->text().isEmpty());
        target->setText(m_ns + QStringLiteral("/server1:8002"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addMappingButton")), Qt::LeftButton);
        const int row = form->ingressModel()->rowOfPort(8002);
        QVERIFY2(row >= 0, qPrintable(problem->text()));
        // the live check: a Service that is not there is flagged once the Services are read,
        // server1 is not
        target->setText(m_ns + QStringLiteral("/absent:80"));
        port->setValue(8004);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addMappingButton")), Qt::LeftButton);
        const int absent = form->ingressModel()->rowOfPort(8004);
        QVERIFY(absent >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->ingressModel()->index(absent, editors::IngressTcpMapModel::StatusColumn).data().toString().contains(QStringLiteral("does not exist")),
                                 10000);
        // a Service without a ready endpoint is flagged too (the controller skips it silently)
        port->setValue(9000);
        target->setText(m_ns + QStringLiteral("/idle:9000"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addMappingButton")), Qt::LeftButton);
        const int idle = form->ingressModel()->rowOfPort(9000);
        QVERIFY(idle >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->ingressModel()->index(idle, editors::IngressTcpMapModel::StatusColumn).data().toString().contains(QStringLiteral("no ready endpoints")),
                                 10000);
        // the same endpoint list says server1 has one
        QCOMPARE(form->ingressModel()->index(row, editors::IngressTcpMapModel::StatusColumn).data().toString(), QStringLiteral("OK"));
        // the add row offers the live Services' ports
        auto *targets = form->findChild<QComboBox *>(QStringLiteral("targetComboBox"));
        QVERIFY(targets);
        QVERIFY2(targets->findText(m_ns + QStringLiteral("/server1:8002")) >= 0, "server1's port is offered");
        QVERIFY(targets->findText(m_ns + QStringLiteral("/idle:9000")) >= 0);
        // a cell is edited in a drop-down of the row namespace's Services
        const QModelIndex serviceCell = form->ingressModel()->index(idle, editors::IngressTcpMapModel::ServiceColumn);
        table->setCurrentIndex(serviceCell);
        table->edit(serviceCell);
        auto *cellCombo = table->viewport()->findChild<QComboBox *>(QStringLiteral("choiceComboBox"));
        QVERIFY2(cellCombo, "the Service cell has a drop-down");
        QStringList offered;
        for (int i = 0; i < cellCombo->count(); ++i)
            offered << cellCombo->itemText(i);
        QVERIFY2(offered.contains(QStringLiteral("server1")) && offered.contains(QStringLiteral("idle")), qPrintable(offered.join(u',')));
        shot(editor.get(), QStringLiteral("editor-ingress-service-picker.png"));
        cellCombo->setCurrentIndex(cellCombo->findText(QStringLiteral("server1")));
        QTest::keyClick(cellCombo, Qt::Key_Return);
        QTRY_COMPARE(form->ingressModel()->index(idle, editors::IngressTcpMapModel::ServiceColumn).data().toString(), QStringLiteral("server1"));
        // server1 has no port 9000: the row says so
        QTRY_VERIFY(form->ingressModel()->index(idle, editors::IngressTcpMapModel::StatusColumn).data().toString().contains(QStringLiteral("no TCP port 9000")));
        table->setCurrentIndex(form->ingressModel()->index(idle, editors::IngressTcpMapModel::PortColumn));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("removeMappingButton")), Qt::LeftButton);
        QCOMPARE(form->ingressModel()->rowOfPort(9000), -1);
        table->setCurrentIndex(form->ingressModel()->index(row, editors::IngressTcpMapModel::PortColumn));
        shot(editor.get(), QStringLiteral("editor-ingress-tcp.png"));

        // a malformed target is refused with the grammar
        port->setValue(8003);
        target->setText(QStringLiteral("server1"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addMappingButton")), Qt::LeftButton);
        QVERIFY(problem->text().contains(QStringLiteral("namespace/service:port")));
        QCOMPARE(form->ingressModel()->rowOfPort(8003), -1);
        table->setCurrentIndex(form->ingressModel()->index(absent, editors::IngressTcpMapModel::PortColumn));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("removeMappingButton")), Qt::LeftButton);
        QCOMPARE(form->ingressModel()->rowOfPort(8004), -1);
        QSignalSpy applied(editor.get(), &ObjectEditor::applied);
        editor->apply();
        QVERIFY2(applied.wait(30000), qPrintable(editor->statusText()));
        QCOMPARE(data(QStringLiteral("nginx-ingress-tcp-microk8s-conf"), QStringLiteral("ingress")).value(QLatin1String("8002")).toString(),
                 m_ns + QStringLiteral("/server1:8002"));
    }

    void mapNamedByAControllerGetsTheForm()
    {
        // not microk8s' name: an ingress-nginx Deployment names it with --tcp-services-configmap,
        // $(POD_NAMESPACE) expanded as the kubelet does
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("tcp-services"),
                    QStringLiteral("--from-literal=9100=") + m_ns + QStringLiteral("/nothing:80")});
        const QByteArray controller = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: edge-ingress, namespace: %1}
spec:
  selector: {matchLabels: {app: edge-ingress}}
  template:
    metadata: {labels: {app: edge-ingress}}
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.11.3
        args: [/nginx-ingress-controller, --tcp-services-configmap=$(POD_NAMESPACE)/tcp-services]
        env:
        - name: POD_NAMESPACE
          valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
)").arg(m_ns).toUtf8();
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, controller);
        auto editor = openEditor(QStringLiteral("tcp-services"));
        ConfigMapEditorWidget *form = formOf(editor.get());
        QTRY_VERIFY_WITH_TIMEOUT(form->ingressModel(), 10000);
        QCOMPARE(form->recognisedForms().first().form, editors::ConfigMapForm::IngressTcpMap);
        QVERIFY2(form->recognisedForms().first().reason.contains(m_ns + QStringLiteral("/edge-ingress")),
                 qPrintable(form->recognisedForms().first().reason));
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("configMapTabWidget"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Ingress TCP ports"));
        QVERIFY(tabs->tabBar()->isVisible());
        tabs->setCurrentIndex(0);
        // why the form was chosen is said on the page
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("ingressExplainLabel"))->text().contains(QStringLiteral("edge-ingress's --tcp-services-configmap")));
        const int row = form->ingressModel()->rowOfPort(9100);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(form->ingressModel()->index(row, editors::IngressTcpMapModel::StatusColumn).data().toString().contains(QStringLiteral("does not exist")),
                                 10000);
        shot(editor.get(), QStringLiteral("editor-ingress-controller-named.png"));
        FC_ACCESSIBLE(editor.get());
    }
};

QTEST_MAIN(TestConfigMapEditor)
#include "tst_configmapeditor.moc"
