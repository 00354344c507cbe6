#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidgetItem;

namespace Stackdraft::Core {
class Catalog;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

class PaletteTree;

// The palette dock's contents: a type-to-filter box over the catalog by category, and a "This
// project" section listing the project's components, marked when deployed in the current
// environment. Items drag onto a canvas; double-click or Enter asks for the same at the visible
// centre (typeActivated / componentActivated).
class PaletteWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(const Core::Catalog &catalog, QWidget *parent = nullptr);

    PaletteTree *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Refreshes "This project" from `project` (null: no project) as seen from `environmentId`.
    void showProject(const Core::Project *project, const QString &environmentId,
                     const QString &environmentName);
    void setFilter(const QString &text);
    // The visible type or component items, in display order (for tests and keyboard use).
    QList<QTreeWidgetItem *> visibleEntries() const;

    static QString categoryName(const QString &category);

signals:
    void typeActivated(const QString &typeId);
    void componentActivated(const QString &componentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populateCatalog();
    void applyFilter();
    void activate(QTreeWidgetItem *item);

    const Core::Catalog &m_catalog;
    QLineEdit *m_filter;
    PaletteTree *m_tree;
    QTreeWidgetItem *m_projectSection = nullptr;
};

} // namespace Stackdraft::App
