# kubeconfig loading, credentials (tokens, exec plugins) and TLS/proxy setup
target_sources(fc_backend_cluster PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Kubeconfig.h
  ${CMAKE_CURRENT_LIST_DIR}/Kubeconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Credentials.h
  ${CMAKE_CURRENT_LIST_DIR}/Credentials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TlsSetup.h
  ${CMAKE_CURRENT_LIST_DIR}/TlsSetup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PemCheck.h
  ${CMAKE_CURRENT_LIST_DIR}/PemCheck.cpp)
