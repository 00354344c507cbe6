#include "app/palettewidget.h"

#include "app/iconcache.h"
#include "app/palettetree.h"
#include "core/catalog/catalog.h"
#include "core/model/project.h"

#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSet>
#include <QVBoxLayout>

namespace Stackdraft::App {
namespace {

// Which icon file a row shows: kept on the row so that an unchanged icon is not set again.
constexpr int IconPathRole = Qt::UserRole + 3;

QString iconPathFor(const Core::ComponentType &type)
{
    return type.isValid() && !type.icon().isEmpty()
        ? type.icon()
        : QStringLiteral(":/stackdraft/icons/component.svg");
}

void setIconOf(QTreeWidgetItem *item, const Core::ComponentType &type)
{
    // QIcon renders SVG at whatever size and device pixel ratio is asked: crisp on high DPI. One
    // shared QIcon per file: each new one parsed its SVG again.
    const QString path = iconPathFor(type);
    if (item->data(0, IconPathRole).toString() == path)
        return;
    item->setData(0, IconPathRole, path);
    item->setIcon(0, IconCache::instance().icon(path));
}

QTreeWidgetItem *sectionItem(const QString &text, const QString &id)
{
    auto *item = new QTreeWidgetItem({text});
    item->setData(0, PaletteTree::KindRole, int(PaletteTree::Kind::Category));
    item->setData(0, PaletteTree::IdRole, id);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

} // namespace

PaletteWidget::PaletteWidget(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_filter(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    setObjectName(QStringLiteral("palette"));
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Filter components…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type to filter the catalog and the project's components; Enter adds "
                            "the first match to the canvas."));
    m_filter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    populateCatalog();
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
}

QString PaletteWidget::categoryName(const QString &category)
{
    if (category == QLatin1String("edge"))
        return tr("Edge and entry");
    if (category == QLatin1String("compute"))
        return tr("Compute");
    if (category == QLatin1String("data"))
        return tr("Data");
    if (category == QLatin1String("messaging"))
        return tr("Messaging");
    if (category == QLatin1String("observability"))
        return tr("Observability");
    if (category == QLatin1String("tools"))
        return tr("Tools");
    if (category == QLatin1String("external"))
        return tr("External");
    // A user catalog's own category: shown as written.
    return category.isEmpty() ? tr("Other") : category;
}

void PaletteWidget::populateCatalog()
{
    m_projectSection = sectionItem(tr("This project"), QStringLiteral("project"));
    m_projectSection->setToolTip(0,
                                 tr("The project's components; ✓ marks those deployed in the "
                                    "current environment. Drag one onto a canvas to deploy "
                                    "it there."));
    m_tree->addTopLevelItem(m_projectSection);

    for (const QString &category : m_catalog.categories()) {
        QTreeWidgetItem *section = sectionItem(categoryName(category), category);
        m_tree->addTopLevelItem(section);
        QList<Core::ComponentType> types = m_catalog.typesInCategory(category);
        std::sort(types.begin(), types.end(), [](const auto &a, const auto &b) {
            return a.translatedLabel().localeAwareCompare(b.translatedLabel()) < 0;
        });
        for (const Core::ComponentType &type : std::as_const(types)) {
            auto *item = new QTreeWidgetItem(section, {type.translatedLabel()});
            setIconOf(item, type);
            item->setData(0, PaletteTree::KindRole, int(PaletteTree::Kind::Type));
            item->setData(0, PaletteTree::IdRole, type.id());
            item->setToolTip(0,
                             tr("<b>%1</b> (%2)<br>%3<br><i>Drag onto the canvas, or press "
                                "Enter to add it at the centre.</i>")
                                 .arg(type.translatedLabel().toHtmlEscaped(), type.id(),
                                      type.translatedDescription().toHtmlEscaped()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
    m_projectSection->setHidden(true);
}

void PaletteWidget::showProject(const Core::Project *project, const QString &environmentId,
                                const QString &environmentName)
{
    // Called after every edit: rows are rewritten in place and each setter writes only what
    // differs, so an edit that renames, retypes, adds or deploys nothing costs a comparison per
    // row (rebuilding the section cost an SVG parse per row, 1,000 of them per keystroke).
    const Core::Environment *environment = project ? project->environment(environmentId) : nullptr;
    QSet<QString> deployedHere;
    if (environment) {
        deployedHere.reserve(environment->deployments.size());
        for (const Core::Deployment &deployment : environment->deployments)
            deployedHere.insert(deployment.component);
    }
    const qsizetype count = project ? project->components.size() : 0;
    const bool grew = m_projectSection->childCount() < count;
    while (m_projectSection->childCount() > count)
        delete m_projectSection->takeChild(m_projectSection->childCount() - 1);
    for (qsizetype i = 0; i < count; ++i) {
        const Core::Component &component = project->components.at(i);
        QTreeWidgetItem *item = i < m_projectSection->childCount()
            ? m_projectSection->child(int(i))
            : new QTreeWidgetItem(m_projectSection);
        const bool deployed = deployedHere.contains(component.id);
        item->setText(0, component.label.isEmpty() ? component.id : component.label);
        item->setText(1, deployed ? QStringLiteral("✓") : QString());
        setIconOf(item, m_catalog.type(component.type));
        item->setData(0, PaletteTree::KindRole, int(PaletteTree::Kind::Component));
        item->setData(0, PaletteTree::IdRole, component.id);
        item->setData(1, Qt::AccessibleTextRole, deployed ? tr("deployed") : QString());
        const QString where = deployed
            ? tr("Deployed in %1.").arg(environmentName)
            : tr("Not deployed in %1: drag it onto the canvas to deploy it.").arg(environmentName);
        const QString tip
            = tr("<b>%1</b> (%2)<br>%3").arg(component.id, component.type, where.toHtmlEscaped());
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        // setFlags() announces a change even when the flags are the same.
        const Qt::ItemFlags flags
            = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
        if (item->flags() != flags)
            item->setFlags(flags);
    }
    m_projectSection->setExpanded(true);
    // New rows must meet the filter; with no filter every row is already shown.
    if (grew || !m_filter->text().trimmed().isEmpty()
        || m_projectSection->isHidden() != (count == 0))
        applyFilter();
}

void PaletteWidget::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void PaletteWidget::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        int visible = 0;
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *item = section->child(j);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || PaletteTree::id(item).contains(text, Qt::CaseInsensitive)
                || section->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        section->setHidden(visible == 0);
        if (!text.isEmpty())
            section->setExpanded(true);
    }
}

QList<QTreeWidgetItem *> PaletteWidget::visibleEntries() const
{
    QList<QTreeWidgetItem *> entries;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(i);
        if (section->isHidden())
            continue;
        for (int j = 0; j < section->childCount(); ++j) {
            if (!section->child(j)->isHidden())
                entries << section->child(j);
        }
    }
    return entries;
}

void PaletteWidget::activate(QTreeWidgetItem *item)
{
    switch (PaletteTree::kind(item)) {
    case PaletteTree::Kind::Type:
        emit typeActivated(PaletteTree::id(item));
        break;
    case PaletteTree::Kind::Component:
        emit componentActivated(PaletteTree::id(item));
        break;
    case PaletteTree::Kind::Category:
        break;
    }
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    // In the filter box: Enter adds the first match, Down moves into the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QList<QTreeWidgetItem *> entries = visibleEntries();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !entries.isEmpty()) {
            activate(entries.first());
            return true;
        }
        if (key == Qt::Key_Down && !entries.isEmpty()) {
            m_tree->setCurrentItem(entries.first());
            m_tree->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stackdraft::App
