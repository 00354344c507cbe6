#include "app/files/autosaver.h"

#include "core/io/projectwriter.h"
#include "document/projectdocument.h"

#include <QTimer>

namespace Stackdraft::App {

Autosaver::Autosaver(const ProjectDocument &document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(directory)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    // Saved or reverted: the file on disk holds everything, the recovery file would only mislead.
    connect(&document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_store.clear();
            m_lastWritten.clear();
        }
    });
    m_timer->start();
}

Autosaver::~Autosaver() = default;

int Autosaver::interval() const
{
    return m_timer->interval();
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer->start(milliseconds);
}

QString Autosaver::saveNow()
{
    if (!m_document.hasProject() || !m_document.isModified()) {
        m_store.clear();
        m_lastWritten.clear();
        return {};
    }
    const QByteArray bytes = Core::ProjectWriter::toBytes(m_document.project());
    if (bytes == m_lastWritten)
        return {};
    const QString error = m_store.write(bytes, m_document.filePath());
    if (!error.isEmpty()) {
        emit failed(error);
        return error;
    }
    m_lastWritten = bytes;
    return {};
}

} // namespace Stackdraft::App
