# Build settings applied to our own targets only, never to third-party code.

function(coopflow_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wsign-conversion -Wnon-virtual-dtor)
  if(COOPFLOW_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

function(coopflow_enable_sanitizers target)
  if(COOPFLOW_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# libFuzzer: instrument our libraries for coverage, without libFuzzer's main.
function(coopflow_enable_fuzzing target)
  if(COOPFLOW_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  endif()
endfunction()

# One call per target: warnings, sanitizers, and the Boost defines that silence
# deprecation notes inside MSM.
function(coopflow_target target)
  coopflow_set_warnings(${target})
  coopflow_enable_sanitizers(${target})
  coopflow_enable_fuzzing(${target})
  target_compile_definitions(${target} PRIVATE BOOST_BIND_GLOBAL_PLACEHOLDERS
                                               BOOST_ALLOW_DEPRECATED_HEADERS)
endfunction()
