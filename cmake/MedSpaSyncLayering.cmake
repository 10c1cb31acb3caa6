# Configure-time layering check (ARCHITECTURE.md, "Dependency direction").
#
# Libraries register themselves with medspasync_layer(<target> <layer>). At the
# end of configuration every target of a restricted layer has its link
# libraries walked transitively; anything not on that layer's allow-list fails
# the configure step with a message that names the offending edge.

define_property(GLOBAL PROPERTY MEDSPASYNC_LAYERED_TARGETS
  BRIEF_DOCS "Targets registered with medspasync_layer")

function(medspasync_layer target layer)
  set_property(TARGET ${target} PROPERTY MEDSPASYNC_LAYER ${layer})
  set_property(GLOBAL APPEND PROPERTY MEDSPASYNC_LAYERED_TARGETS ${target})
endfunction()

# Allowed external dependencies per restricted layer. Internal targets are
# allowed when their own layer is allowed (listed as layer:<name>).
set(MEDSPASYNC_ALLOW_domain   "Qt6::Core")
set(MEDSPASYNC_ALLOW_security "Qt6::Core;PkgConfig::ARGON2;layer:domain")
set(MEDSPASYNC_ALLOW_store    "Qt6::Core;PkgConfig::SQLCIPHER;layer:domain;layer:security")
set(MEDSPASYNC_ALLOW_model    "Qt6::Core;layer:domain;layer:security;layer:store;layer:model")
set(MEDSPASYNC_ALLOW_protocol "Qt6::Core")

# Direct link dependencies of a target. Checking direct edges is enough: every
# internal target on an allowed layer is itself checked against its own list,
# so a forbidden library cannot arrive transitively.
function(_medspasync_direct_deps target out_var)
  set(libs "")
  get_target_property(direct ${target} LINK_LIBRARIES)
  if(direct)
    list(APPEND libs ${direct})
  endif()
  get_target_property(iface ${target} INTERFACE_LINK_LIBRARIES)
  if(iface)
    list(APPEND libs ${iface})
  endif()
  set(deps "")
  foreach(lib IN LISTS libs)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
    if(TARGET ${lib})
      get_target_property(aliased ${lib} ALIASED_TARGET)
      if(aliased)
        set(lib ${aliased})
      endif()
    endif()
    list(APPEND deps ${lib})
  endforeach()
  list(REMOVE_DUPLICATES deps)
  set(${out_var} ${deps} PARENT_SCOPE)
endfunction()

function(medspasync_check_layering)
  get_property(targets GLOBAL PROPERTY MEDSPASYNC_LAYERED_TARGETS)
  set(errors "")
  foreach(target IN LISTS targets)
    get_target_property(layer ${target} MEDSPASYNC_LAYER)
    if(NOT DEFINED MEDSPASYNC_ALLOW_${layer})
      continue() # unrestricted layer (ui, app, sync/client, server)
    endif()
    set(allowed ${MEDSPASYNC_ALLOW_${layer}})
    _medspasync_direct_deps(${target} deps)
    foreach(dep IN LISTS deps)
      set(ok FALSE)
      if(dep IN_LIST allowed)
        set(ok TRUE)
      elseif(TARGET ${dep})
        get_target_property(dep_imported ${dep} IMPORTED)
        get_target_property(dep_layer ${dep} MEDSPASYNC_LAYER)
        if(NOT dep_imported AND dep_layer AND "layer:${dep_layer}" IN_LIST allowed)
          set(ok TRUE)
        elseif(NOT dep_imported AND dep_layer STREQUAL layer)
          set(ok TRUE)
        elseif(dep_imported AND dep MATCHES "^Qt6::(Core|CorePrivate|Platform)$")
          set(ok TRUE)
        endif()
      elseif(dep MATCHES "^(Threads::Threads|-pthread)$")
        set(ok TRUE)
      endif()
      if(NOT ok)
        string(APPEND errors "\n  ${target} (layer '${layer}') links '${dep}', which that layer may not use")
      endif()
    endforeach()
  endforeach()
  if(errors)
    message(FATAL_ERROR "Layering check failed:${errors}\n"
      "model/ and sync/protocol link Qt Core only (model/store may add SQLCipher, "
      "model/security the Argon2 primitive). See ARCHITECTURE.md.")
  endif()
endfunction()
