// Child process of tst_objecteditor's draft test: opens the editor on a ConfigMap, types an edit,
// says "DRAFT-SAVED" once the draft is on disk, then waits to be killed with SIGKILL.
//   draft_child KUBECONFIG CONTEXT NAMESPACE NAME VALUE   (FEDCONSOLE_DATA_DIR: where drafts go)
#include "../../integration/common/LocalConnection.h"
#include "backend/cluster/Kubeconfig.h"
#include "gui/editors/ObjectEditor.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace fc;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6)
        return 1;
    fc::test::LocalConnection local = fc::test::connectLocal(a[2], a[1]);
    if (!local)
        return 2;
    ClusterConnection &connection = *local.connection;
    editors::DraftStore drafts(qEnvironmentVariable("FEDCONSOLE_DATA_DIR") + QStringLiteral("/drafts"));
    ObjectEditor editor(&connection, ResourceType::of(Kind::ConfigMap), a[3], a[4], &drafts);
    editor.setDraftAnswerForTest(false);
    QObject::connect(&editor, &ObjectEditor::loaded, &editor, [&] {
        editor.setYamlText(editor.yamlText().replace(QStringLiteral("value: original"), QStringLiteral("value: ") + a[5]));
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &editor, [&] {
        if (drafts.contains(connection.contextName(), QStringLiteral("configmaps"), a[3], a[4])) {
            std::printf("DRAFT-SAVED\n");
            std::fflush(stdout);
            poll.stop(); // now wait for SIGKILL
        }
    });
    poll.start(50);
    editor.open();
    return app.exec();
}
