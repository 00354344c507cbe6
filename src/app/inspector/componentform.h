#pragma once

#include "core/model/component.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ComponentForm;
}

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// A component's shared fields (ui/componentform.ui): id, label, type, image, build context,
// description, ports and variables. With several components selected only the fields they can
// share are editable (type, image), and an edit applies to all. An id is renamed when the edit is
// finished, and only to a free DNS-1123 label; anything refused says why and is never emitted.
class ComponentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentForm(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~ComponentForm() override;

    void show(const Core::Project &project, const QStringList &componentIds);
    QString errorText() const;

signals:
    // Each shown component with `field` changed.
    void edited(const QString &field, const QList<Core::Component> &components);
    void renameRequested(const QString &oldId, const QString &newId);

private:
    void apply(const QString &field, const std::function<void(Core::Component &)> &change);
    void showError(const QString &error);
    void finishRename();

    std::unique_ptr<Ui::ComponentForm> m_ui;
    const Core::Catalog &m_catalog;
    QList<Core::Component> m_components;
    QStringList m_takenIds;
    bool m_filling = false;
};

} // namespace Stackdraft::App
