#include "TaskRunner.h"

namespace fc {

TaskRunner::~TaskRunner()
{
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

} // namespace fc
