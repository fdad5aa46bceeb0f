// The workload form of the object editor on the real local control plane (issue 11): a hostPort
// 8002 added to a DaemonSet's container through the ports table and applied; a value the server
// refuses (an admission policy here) lands on the cell it names, which is selected; env
// references, protocols and toleration operators/effects picked from drop-downs (the live
// Secrets and ConfigMaps of the namespace for the references).

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/editors/FormTablePage.h"
#include "gui/editors/ObjectEditor.h"
#include "gui/editors/WorkloadEditorWidget.h"
#include "model/editors/ContainerPortsModel.h"
#include "model/editors/EnvModel.h"
#include "model/editors/TolerationsModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QJsonDocument>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;
using editors::ContainerPortsModel;
using Table = WorkloadEditorWidget::Table;

class TestWorkloadEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<editors::DraftStore> m_drafts;

    void createDaemonSet(const QString &name)
    {
        const QString json = QStringLiteral(R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"%1","namespace":"%2"},
          "spec":{"selector":{"matchLabels":{"app":"%1"}},"template":{"metadata":{"labels":{"app":"%1"}},
            "spec":{"containers":[{"name":"sidecar","image":"busybox:1.36"},
                                  {"name":"proxy","image":"registry.k8s.io/ingress-nginx/controller:v1.11.5",
                                   "ports":[{"name":"http","containerPort":80,"hostPort":80}]}]}}}})")
                                 .arg(name, m_ns);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, json.toUtf8());
    }
    QJsonArray ports(const QString &name, int container)
    {
        const ProcResult r = kubectl({QStringLiteral("-n"), m_ns, QStringLiteral("get"), QStringLiteral("daemonset"), name,
                                      QStringLiteral("-o"), QStringLiteral("json")});
        const QJsonArray containers = QJsonDocument::fromJson(r.out)
                                          .object()[QLatin1String("spec")][QLatin1String("template")][QLatin1String("spec")][QLatin1String("containers")]
                                          .toArray();
        return containers.at(container).toObject().value(QLatin1String("ports")).toArray();
    }
    std::unique_ptr<ObjectEditor> openEditor(const QString &name, Kind kind = Kind::DaemonSet)
    {
        auto editor = std::make_unique<ObjectEditor>(m_conn.get(), ResourceType::of(kind), m_ns, name, m_drafts.get());
        editor->setDraftAnswerForTest(false);
        // the DaemonSet controller writes status right after creation: a 409 is rebased, keeping the edit
        editor->setConflictAnswerForTest([](const editors::MergeConflict &) { return true; });
        editor->resize(1100, 720);
        editor->show();
        QSignalSpy loaded(editor.get(), &ObjectEditor::loaded);
        editor->open();
        if (!loaded.wait(30000))
            qFatal("editor did not load %s", qPrintable(name));
        return editor;
    }
    /// Apply as the user does: after a 409 (the DaemonSet controller wrote status meanwhile) the
    /// edit is rebased and Apply is pressed again.
    static bool applyAndWait(ObjectEditor *editor)
    {
        QSignalSpy applied(editor, &ObjectEditor::applied);
        for (int attempt = 0; attempt < 3; ++attempt) {
            editor->apply();
            if (QTest::qWaitFor([&] { return applied.count() > 0 || editor->statusText().contains(QStringLiteral("Press Apply")); }, 30000)
                && applied.count() > 0)
                return true;
        }
        return false;
    }
    void shot(QWidget *w, const QString &name)
    {
        QTest::qWait(50); // pending layout requests (a wrapped problem line) before the picture
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(w->grab().save(shots + u'/' + name));
    }
    /// Picks a container in the selector as the user does.
    static void chooseContainer(WorkloadEditorWidget *form, const QString &name)
    {
        auto *combo = form->findChild<QComboBox *>(QStringLiteral("containerComboBox"));
        const int index = combo->findText(name);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        QCOMPARE(form->form()->currentContainer(), index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-wlform-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        m_drafts = std::make_unique<editors::DraftStore>(m_data.filePath(QStringLiteral("drafts")));
    }
    void cleanupTestCase()
    {
        kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
        kubectl({QStringLiteral("delete"), QStringLiteral("validatingadmissionpolicy,validatingadmissionpolicybinding"),
                 QStringLiteral("fedconsole-test-no-hostport-9999"), QStringLiteral("--ignore-not-found")});
    }

    void hostPortAddedThroughThePortsTable()
    {
        createDaemonSet(QStringLiteral("ingress-controller"));
        auto editor = openEditor(QStringLiteral("ingress-controller"));
        auto *form = qobject_cast<WorkloadEditorWidget *>(editor->form());
        QVERIFY(form);
        QVERIFY2(!form->findChild<QSpinBox *>(QStringLiteral("replicasSpinBox"))->isVisible(), "a DaemonSet has no replicas");
        ContainerPortsModel *model = form->form()->ports();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseContainer(form, QStringLiteral("proxy"));
        QCOMPARE(model->rowCount(), 1);
        form->showTable(Table::Ports);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("portsAddButton")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QAbstractItemView *view = form->page(Table::Ports)->view();
        QCOMPARE(view->currentIndex().row(), 1);
        // the cells as the table's editors write them
        QVERIFY(view->model()->setData(model->index(1, ContainerPortsModel::ContainerPortColumn), 8002));
        QVERIFY(view->model()->setData(model->index(1, ContainerPortsModel::HostPortColumn), 8002));
        QVERIFY(view->model()->setData(model->index(1, ContainerPortsModel::NameColumn), QStringLiteral("tcp-8002")));
        // a clash is refused or flagged on the cell, never silently kept
        QVERIFY(model->index(1, ContainerPortsModel::HostPortColumn).data(editors::ProblemRole).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("hostPort: 8002")), 5000);
        view->setCurrentIndex(model->index(1, ContainerPortsModel::HostPortColumn));
        shot(editor.get(), QStringLiteral("editor-workload.png"));

        QVERIFY2(applyAndWait(editor.get()), qPrintable(editor->statusText()));
        const QJsonArray written = ports(QStringLiteral("ingress-controller"), 1);
        QCOMPARE(written.size(), 2);
        QCOMPARE(written.at(1).toObject().value(QLatin1String("hostPort")).toInt(), 8002);
        QCOMPARE(written.at(1).toObject().value(QLatin1String("containerPort")).toInt(), 8002);
        QVERIFY(ports(QStringLiteral("ingress-controller"), 0).isEmpty());

        // a hostPort clash in the pod is flagged on the cell and blocks Apply
        QVERIFY(view->model()->setData(model->index(1, ContainerPortsModel::HostPortColumn), 80));
        const QString clash = model->index(1, ContainerPortsModel::HostPortColumn).data(editors::ProblemRole).toString();
        QVERIFY2(!clash.isEmpty(), "hostPort 80 twice on TCP");
        QVERIFY(!form->blockingProblem().isEmpty());
        editor->apply();
        QVERIFY2(editor->statusText().startsWith(QStringLiteral("Not sent")), qPrintable(editor->statusText()));
    }

    /// Opens the cell's editor and picks `text` in its drop-down, as a user does.
    static void pickInCell(QAbstractItemView *view, const QModelIndex &index, const QString &text, QStringList *offered = nullptr)
    {
        view->setCurrentIndex(index);
        view->edit(index);
        auto *combo = view->viewport()->findChild<QComboBox *>(QStringLiteral("choiceComboBox"));
        QVERIFY2(combo, "the cell has a drop-down");
        if (offered) {
            offered->clear();
            for (int i = 0; i < combo->count(); ++i)
                *offered << combo->itemText(i);
        }
        const int at = combo->findText(text);
        QVERIFY2(at >= 0, qPrintable(text + QStringLiteral(" is not offered")));
        combo->setCurrentIndex(at);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_VERIFY(!view->viewport()->findChild<QComboBox *>(QStringLiteral("choiceComboBox")));
    }

    void dropDownsFromTheLiveLists()
    {
        // a Secret and a ConfigMap in the workload's namespace: the env drop-downs offer them and
        // their keys; protocol, operator and effect are drop-downs of the values Kubernetes takes
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("generic"),
                    QStringLiteral("fl-cert"), QStringLiteral("--from-literal=ca.crt=x"), QStringLiteral("--from-literal=server.key=y")});
        FC_KUBECTL({QStringLiteral("-n"), m_ns, QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("fl-config"),
                    QStringLiteral("--from-literal=project.yml=name: demo")});
        createDaemonSet(QStringLiteral("env-picks"));
        auto editor = openEditor(QStringLiteral("env-picks"));
        auto *form = qobject_cast<WorkloadEditorWidget *>(editor->form());
        QVERIFY(form);
        QTRY_VERIFY_WITH_TIMEOUT(form->form()->knownSecrets().contains(QStringLiteral("fl-cert")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(form->form()->knownConfigMaps().contains(QStringLiteral("fl-config")), 10000);
        chooseContainer(form, QStringLiteral("proxy"));
        form->showTable(Table::Env);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("envAddButton")), Qt::LeftButton);
        editors::EnvModel *env = form->form()->env();
        QCOMPARE(env->rowCount(), 1);
        QAbstractItemView *view = form->page(Table::Env)->view();
        QStringList offered;
        pickInCell(view, env->index(0, editors::EnvModel::SourceColumn), QStringLiteral("Secret key"), &offered);
        QCOMPARE(offered.size(), 5);
        QCOMPARE(env->source(0), editors::EnvSource::SecretKey);
        pickInCell(view, env->index(0, editors::EnvModel::ValueColumn), QStringLiteral("fl-cert"), &offered);
        QVERIFY2(!offered.contains(QStringLiteral("fl-config")), "a Secret reference offers Secrets only");
        pickInCell(view, env->index(0, editors::EnvModel::KeyColumn), QStringLiteral("server.key"), &offered);
        QCOMPARE(offered, (QStringList{QStringLiteral("ca.crt"), QStringLiteral("server.key")}));
        QTRY_VERIFY_WITH_TIMEOUT(editor->yamlText().contains(QStringLiteral("secretKeyRef")), 5000);
        QVERIFY(env->index(0, editors::EnvModel::KeyColumn).data(editors::ProblemRole).toString().isEmpty());
        view->setCurrentIndex(env->index(0, editors::EnvModel::KeyColumn));
        shot(editor.get(), QStringLiteral("editor-env-picker.png"));
        FC_ACCESSIBLE(editor.get());
        // a name typed that does not exist is flagged on its cell
        QVERIFY(view->model()->setData(env->index(0, editors::EnvModel::ValueColumn), QStringLiteral("no-such-secret")));
        QVERIFY2(!env->index(0, editors::EnvModel::ValueColumn).data(editors::ProblemRole).toString().isEmpty(), "a missing Secret is flagged");

        form->showTable(Table::Ports);
        editors::ContainerPortsModel *ports = form->form()->ports();
        QAbstractItemView *portsView = form->page(Table::Ports)->view();
        pickInCell(portsView, ports->index(0, ContainerPortsModel::ProtocolColumn), QStringLiteral("UDP"), &offered);
        QCOMPARE(offered, (QStringList{QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")}));
        QCOMPARE(ports->index(0, ContainerPortsModel::ProtocolColumn).data().toString(), QStringLiteral("UDP"));

        form->showTable(Table::Tolerations);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("tolerationsAddButton")), Qt::LeftButton);
        editors::TolerationsModel *tolerations = form->form()->tolerations();
        QAbstractItemView *tolView = form->page(Table::Tolerations)->view();
        pickInCell(tolView, tolerations->index(0, editors::TolerationsModel::EffectColumn), QStringLiteral("(all)"), &offered);
        QCOMPARE(offered.size(), 4);
        QTRY_VERIFY(!editor->yamlText().contains(QStringLiteral("effect:")));
        pickInCell(tolView, tolerations->index(0, editors::TolerationsModel::EffectColumn), QStringLiteral("NoExecute"));
        QTRY_VERIFY(editor->yamlText().contains(QStringLiteral("effect: NoExecute")));
        pickInCell(tolView, tolerations->index(0, editors::TolerationsModel::OperatorColumn), QStringLiteral("Exists"), &offered);
        QCOMPARE(offered, (QStringList{QStringLiteral("Equal"), QStringLiteral("Exists")}));
    }

    /// generation/observedGeneration, image and counts as kubectl sees them (for failure messages)
    QString deploymentState(const QString &name)
    {
        const QJsonObject d = kubectlJson(QStringLiteral("deployment"), m_ns, name);
        const QJsonObject st = d[u"status"].toObject();
        return QStringLiteral("generation %1 observed %2 image %3 updated %4 ready %5")
            .arg(d[u"metadata"][u"generation"].toInt())
            .arg(st[u"observedGeneration"].toInt())
            .arg(d[u"spec"][u"template"][u"spec"][u"containers"][0][u"image"].toString())
            .arg(st[u"updatedReplicas"].toInt())
            .arg(st[u"readyReplicas"].toInt());
    }

    void rolloutFollowedAfterApply()
    {
        // a Deployment whose pods KWOK runs: after Apply the editor follows the rollout to its end
        const QString json = QStringLiteral(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"rollout","namespace":"%1"},
          "spec":{"replicas":2,"selector":{"matchLabels":{"app":"rollout"}},"template":{"metadata":{"labels":{"app":"rollout"}},
            "spec":{"tolerations":[{"key":"kwok.x-k8s.io/node","operator":"Exists","effect":"NoSchedule"}],
                    "containers":[{"name":"server","image":"nvflare-server:2.5.0"}]}}}})")
                                 .arg(m_ns);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, json.toUtf8());
        auto editor = openEditor(QStringLiteral("rollout"), Kind::Deployment);
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("nvflare-server:2.5.0"), QStringLiteral("nvflare-server:2.5.1")));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->isModified(), 5000); // the YAML is parsed off the UI thread
        QVERIFY2(applyAndWait(editor.get()), qPrintable(editor->statusText()));
        QVERIFY(editor->followingRollout() || editor->rolloutText().contains(QStringLiteral("rolled out")));
        QVERIFY2(QTest::qWaitFor([&] { return editor->rolloutText().contains(QStringLiteral("2 desired · 2 updated · 2 ready — rolled out")); }, 60000),
                 qPrintable(editor->rolloutText() + QStringLiteral("; on the server: ") + deploymentState(QStringLiteral("rollout"))));
        QVERIFY(!editor->followingRollout());
        // pods no node can take: the first one's reason shows, and the rollout is not called done
        editor->setYamlText(editor->yamlText().replace(QStringLiteral("nvflare-server:2.5.1"), QStringLiteral("nvflare-server:2.6.0"))
                                .replace(QStringLiteral("      tolerations:"), QStringLiteral("      nodeSelector:\n        fedconsole.io/pool: nowhere\n      tolerations:")));
        QVERIFY2(editor->yamlText().contains(QStringLiteral("fedconsole.io/pool: nowhere")), qPrintable(editor->yamlText()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->edited()[u"spec"][u"template"][u"spec"][u"nodeSelector"].isObject(), 5000);
        QVERIFY2(applyAndWait(editor.get()), qPrintable(editor->statusText()));
        QVERIFY2(QTest::qWaitFor([&] { return editor->rolloutText().contains(QStringLiteral("Unschedulable")); }, 60000),
                 qPrintable(editor->rolloutText()));
        QVERIFY(editor->followingRollout());
        QVERIFY2(!editor->rolloutText().contains(QStringLiteral("rolled out")), qPrintable(editor->rolloutText()));
        shot(editor.get(), QStringLiteral("editor-rollout.png"));
    }

    void serverRejectionLandsOnTheCell()
    {
        // an admission policy the form cannot know about: the server's word names the field
        const QString policy = QStringLiteral(R"J({"apiVersion":"v1","kind":"List","items":[
          {"apiVersion":"admissionregistration.k8s.io/v1","kind":"ValidatingAdmissionPolicy","metadata":{"name":"fedconsole-test-no-hostport-9999"},
           "spec":{"failurePolicy":"Fail","matchConstraints":{"resourceRules":[{"apiGroups":["apps"],"apiVersions":["v1"],"operations":["CREATE","UPDATE"],"resources":["daemonsets"]}]},
             "validations":[{"expression":"!object.spec.template.spec.containers.exists(c, has(c.ports) && c.ports.exists(p, has(p.hostPort) && p.hostPort == 9999))",
                             "message":"spec.template.spec.containers[1].ports[1].hostPort: host port 9999 is reserved for the node exporter","reason":"Invalid"}]}},
          {"apiVersion":"admissionregistration.k8s.io/v1","kind":"ValidatingAdmissionPolicyBinding","metadata":{"name":"fedconsole-test-no-hostport-9999"},
           "spec":{"policyName":"fedconsole-test-no-hostport-9999","validationActions":["Deny"],
             "matchResources":{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"%1"}}}}}]})J")
                                   .arg(m_ns);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, policy.toUtf8());
        createDaemonSet(QStringLiteral("guarded"));
        auto editor = openEditor(QStringLiteral("guarded"));
        auto *form = qobject_cast<WorkloadEditorWidget *>(editor->form());
        ContainerPortsModel *model = form->form()->ports();
        chooseContainer(form, QStringLiteral("proxy"));
        form->addRow(Table::Ports);
        QVERIFY(model->setHostPort(1, 9999).ok());
        QVERIFY(form->blockingProblem().isEmpty()); // nothing the form's own rules refuse
        // back on the first container: the rejection must bring the user to the right one
        chooseContainer(form, QStringLiteral("sidecar"));
        form->showTable(Table::Env);
        // the policy takes effect once the apiserver has seen it
        auto landed = [&] {
            return form->form()->currentContainer() == 1
                   && model->index(1, ContainerPortsModel::HostPortColumn).data(editors::ProblemRole).toString().contains(QStringLiteral("reserved"));
        };
        QDeadlineTimer deadline(30000);
        while (!landed() && !deadline.hasExpired()) {
            QSignalSpy rejected(editor.get(), &ObjectEditor::rejected);
            editor->dryRun();
            rejected.wait(3000);
        }
        QVERIFY2(landed(), qPrintable(editor->statusText() + u'\n' + form->page(Table::Ports)->message()));
        QCOMPARE(model->index(1, ContainerPortsModel::HostPortColumn).data(editors::SeverityRole).toInt(), int(editors::FieldMessage::Severity::Error));
        FormTablePage *page = form->page(Table::Ports);
        QVERIFY(page->isVisible());
        QCOMPARE(page->view()->currentIndex(), model->index(1, ContainerPortsModel::HostPortColumn));
        QVERIFY2(page->message().contains(QStringLiteral("reserved")), qPrintable(page->message()));
        shot(editor.get(), QStringLiteral("editor-workload-rejected.png"));
        QCOMPARE(ports(QStringLiteral("guarded"), 1).size(), 1); // nothing written
    }
};

QTEST_MAIN(TestWorkloadEditor)
#include "tst_workloadeditor.moc"
