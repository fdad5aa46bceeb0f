#pragma once

#include "backend/core/Result.h"
#include "model/editors/WorkloadForm.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace fc {

class FormTablePage;

/// The "Form" of a DaemonSet, Deployment or StatefulSet in the object editor (WorkloadForm):
/// a container selector, tables for the container's env, ports (containerPort, hostPort,
/// protocol) and resources, the pod's nodeSelector and tolerations, the containers themselves,
/// and replicas where the kind has them. Cells with problems are tinted with the reason as
/// tooltip and in the page's problem line; a server rejection's causes land on the cell they
/// name (WorkloadForm::locate), which is selected.
class WorkloadEditorWidget final : public QWidget {
    Q_OBJECT
public:
    using Table = editors::WorkloadForm::Cell::Table;

    explicit WorkloadEditorWidget(editors::EditableDocument *document, QWidget *parent = nullptr);
    ~WorkloadEditorWidget() override;

    editors::WorkloadForm *form() const { return m_form; }
    /// The page of a table (Table::Workload: none).
    FormTablePage *page(Table table) const;
    /// Shows the page of `table` (for the current container).
    void showTable(Table table);

    /// The first error of the pod template the server would refuse, "field: reason"; empty
    /// when none. Apply is blocked while there is one.
    QString blockingProblem() const;
    /// A rejection's causes on their cells; the first one found is selected and said.
    void showServerCauses(const QList<StatusCause> &causes);

    /// The Add button of a page (tests drive the form as a user would).
    void addRow(Table table);
    void removeCurrentRow(Table table);

private:
    FormTablePage *addPage(editors::WorkloadTableModel *model, Table table, const QString &prefix, const QString &title);
    void syncHeader();
    /// Lists the namespace's Secrets and ConfigMaps (names and keys) for the env references.
    void loadReferences();
    Result<void> addRowNow(Table table);

    QPointer<editors::EditableDocument> m_document;
    editors::WorkloadForm *m_form;
    QComboBox *m_container = nullptr;
    QLabel *m_replicasLabel = nullptr;
    QSpinBox *m_replicas = nullptr;
    QComboBox *m_resource = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<std::pair<Table, FormTablePage *>> m_pages;
    QLabel *m_referencesNote = nullptr; ///< what could not be listed for the env references
    QStringList m_referenceProblems;
};

} // namespace fc
