#pragma once

#include "backend/core/Result.h"
#include "model/editors/ConfigMapForms.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QWidget;

namespace fc {

class FormTablePage;
struct ResourceType;

namespace editors {
class ConfigMapModel;
class EditableDocument;
class IngressTcpMapModel;
} // namespace editors

/// The "Form" of a ConfigMap in the object editor: the key/value table (add, rename, delete;
/// key names checked on the cell), a side editor for the selected value that checks YAML/JSON
/// while typing (line:column), binary values by size with Replace from file / Save to file, and
/// an immutable ConfigMap shown read-only with the reason. ConfigMaps FedConsole recognises
/// (recogniseConfigMap) get their own form first — the ingress TCP/UDP map, KubeFATE's route
/// table, GPU time-slicing, a YAML tree — with the key table one tab away. Every view edits the
/// same EditableDocument, so the YAML tab and undo see each change.
class ConfigMapEditorWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ConfigMapEditorWidget(editors::EditableDocument *document, QWidget *parent = nullptr);
    ~ConfigMapEditorWidget() override;

    editors::ConfigMapModel *model() const { return m_model; }
    /// The recognised forms shown (besides the key table), best first.
    const QList<editors::RecognisedForm> &recognisedForms() const { return m_forms; }
    /// The ingress map form's model, when the ConfigMap is an ingress TCP/UDP map.
    editors::IngressTcpMapModel *ingressModel() const { return m_ingress; }

    /// The first error the server would refuse (a bad key name, a duplicate, the size limit),
    /// as "field: reason"; empty when none. Apply is blocked while there is one.
    QString blockingProblem() const;

    /// Selects a key in the table (and shows its value in the side editor).
    void selectKey(const QString &key);
    /// What the side editor holds and its check line ("JSON: 2:7: …").
    QString valueText() const;
    QString valueCheckText() const;
    /// The key table's problem line (a refused edit's reason, the current cell's problems).
    QString keysMessage() const;

    /// Replace from file / Save to file without the file dialog (the buttons use these).
    Result<void> replaceFromFile(const QString &key, const QString &path);
    Result<void> saveToFile(const QString &key, const QString &path) const;
    /// Adds a new key (a free name "key-N") and starts editing its name; the Add button.
    void addKey();
    /// Deletes the selected key; the Delete button.
    void deleteSelectedKey();

Q_SIGNALS:
    /// A form was added after the editor opened (a controller names this map as its TCP map).
    void formsChanged();

private:
    QWidget *buildKeysPage();
    QWidget *buildIngressPage(const editors::RecognisedForm &form);
    QWidget *buildFatePage(const editors::RecognisedForm &form);
    QWidget *buildTimeSlicingPage(const editors::RecognisedForm &form);
    QWidget *buildYamlTreePage(const editors::RecognisedForm &form);
    QString selectedKey() const;
    void showSelectedValue();
    void refreshValueEditor();
    void checkValueNow();
    void commitValue();
    void updateReadOnly();
    void reportResult(const Result<void> &result);
    /// Services and EndpointSlices for the ingress form's checks and pickers.
    void loadIngressLiveLists();
    /// The cluster's ingress-nginx controllers: when one names this map, its form is added.
    void findControllerMaps();
    static ResourceType endpointSliceType();
    /// The page of a recognised form at `index` of the tabs, titled, with its reason as tooltip.
    void insertFormPage(int index, const editors::RecognisedForm &form);

    QPointer<editors::EditableDocument> m_document;
    editors::ConfigMapModel *m_model;
    editors::IngressTcpMapModel *m_ingress = nullptr;
    QList<editors::RecognisedForm> m_forms;
    QComboBox *m_target = nullptr;   ///< the ingress form's "namespace/service:port" of a new row
    QLabel *m_liveNote = nullptr;    ///< what of the live lists could not be read
    QStringList m_liveProblems;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_immutable = nullptr;
    FormTablePage *m_keys = nullptr;
    QPushButton *m_addKey = nullptr;
    QPushButton *m_deleteKey = nullptr;
    QLabel *m_valueTitle = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QLabel *m_valueCheck = nullptr;
    QWidget *m_binaryPanel = nullptr;
    QLabel *m_binaryLabel = nullptr;
    QPushButton *m_replaceFromFile = nullptr;
    QPushButton *m_saveToFile = nullptr;
    QTimer *m_commitTimer = nullptr;
    QString m_valueKey;          ///< the key the side editor shows
    bool m_showingValue = false; ///< setPlainText from the model: not an edit
};

} // namespace fc
