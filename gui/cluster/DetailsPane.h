#pragma once

#include "backend/cluster/ResourceType.h"
#include "backend/cluster/Resources.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTabWidget;
class QTextBrowser;
class QPlainTextEdit;

namespace fc {

class Informer;
class ObjectClient;

/// Details of the selected object: labels, annotations, conditions, owner and its events
/// (from the live event store), plus a read-only YAML view fetched on demand with GET.
class DetailsPane final : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    void setInformer(Informer *informer);
    /// Shows an object of `type` (its YAML read with GET; any kind, CRDs included).
    void showObject(const ObjectSummary &object, const ResourceType &type);
    void clear();
    QString detailsText() const;
    QString yamlText() const;

Q_SIGNALS:
    void yamlLoaded();

private:
    void render();
    void fetchFull();

    QPointer<Informer> m_informer;
    std::optional<ObjectSummary> m_object;
    ResourceType m_type;
    Labels m_fullAnnotations;
    std::unique_ptr<ObjectClient> m_objects; ///< on the informer's connection
    quint64 m_pending = 0;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QPlainTextEdit *m_yaml;
};

} // namespace fc
