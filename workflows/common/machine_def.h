#pragma once

// The base every case (sub)machine front-end derives from: named states, and
// refusals recorded instead of asserted or thrown (a throw inside MSM leaves
// its queue busy and every later event silently queued).
#include <boost/msm/front/state_machine_def.hpp>
#include <exception>

#include "events.h"

namespace coopflow::workflows::detail {

namespace msmf = boost::msm::front;

#define COOPFLOW_STATE(type, text)            \
  struct type : boost::msm::front::state<> {  \
    static constexpr const char* name = text; \
  }

template <class Derived>
struct RecordingMachineDef : msmf::state_machine_def<Derived> {
  template <class Fsm, class Event>
  void no_transition(Event const& evt, Fsm&, int) {
    evt.ctx->no_transition = true;
  }
  template <class Fsm, class Event>
  void exception_caught(Event const& evt, Fsm&, std::exception& e) {
    evt.ctx->error = e.what();
  }
};

}  // namespace coopflow::workflows::detail
