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
// description, command and arguments, ports, variables and mounted files. With several components
// selected only the fields they can share are editable (type, image), and an edit applies to all.
// An id is renamed when the edit is finished, and only to a free DNS-1123 label; anything refused
// says why and is never emitted.
class ComponentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentForm(const Core::Catalog &catalog, QWidget *parent = nullptr);
    ~ComponentForm() override;

    void show(const Core::Project &project, const QStringList &componentIds);
    QString errorText() const;
    // Where mounted files' sources are chosen: the project file's directory (empty: unsaved).
    void setProjectDirectory(const QString &directory) { m_projectDirectory = directory; }

signals:
    // Each shown component with `field` changed.
    void edited(const QString &field, const QList<Core::Component> &components);
    void renameRequested(const QString &oldId, const QString &newId);

private:
    void apply(const QString &field, const std::function<void(Core::Component &)> &change);
    void showError(const QString &error);
    void finishRename();
    // Opens MountedFileDialog on file `row` (-1: a new file) and applies what it accepts.
    void editFile(int row);
    void removeSelectedFiles();
    void fillCommandLine(const Core::Component &component, bool sameSelection);

    std::unique_ptr<Ui::ComponentForm> m_ui;
    const Core::Catalog &m_catalog;
    QList<Core::Component> m_components;
    QStringList m_takenIds;
    QString m_projectDirectory;
    bool m_filling = false;
};

} // namespace Stackdraft::App
