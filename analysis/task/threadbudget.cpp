#include "task/threadbudget.h"

namespace core {

namespace {

thread_local int t_budget = 0;

} // namespace

int threadBudget()
{
    return t_budget;
}

ScopedThreadBudget::ScopedThreadBudget(int threads)
    : m_previous(t_budget)
{
    t_budget = threads > 0 ? threads : 0;
}

ScopedThreadBudget::~ScopedThreadBudget()
{
    t_budget = m_previous;
}

} // namespace core
